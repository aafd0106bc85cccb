package de.anliegen.identity.boundary;

import de.anliegen.identity.control.Limits;
import de.anliegen.identity.control.PasswordHashing;
import de.anliegen.identity.control.Secrets;
import de.anliegen.identity.entity.SignInFailure;
import de.anliegen.identity.entity.StaffAccount;
import de.anliegen.identity.entity.StaffSession;
import de.anliegen.platform.boundary.Forbidden;
import de.anliegen.platform.boundary.Setting;
import de.anliegen.platform.boundary.Settings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Agents' and company admins' sign-in to the API, for tools and clients of their own beside the portal. Platform
 * admins and data protection officers work in the portal only.
 */
@Stateless
@PermitAll
public class StaffSessions {

    /** Staff tokens carry this prefix, so that a token is looked up only among its own kind. */
    public static final String TOKEN_PREFIX = "staff.";

    private static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);
    private static final Set<String> API_ROLES = Set.of(Roles.AGENT, Roles.COMPANY_ADMIN);

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    /** Signs in with e-mail address and password; failures are limited like the app's sign-ins. */
    public StaffToken open(String email, String password, String ipAddress) {
        var now = clock.instant();
        var login = "staff:" + email.strip().toLowerCase(Locale.ROOT);
        limit(SignInFailure.FOR_LOGIN_SINCE, "login", login, Setting.SIGN_IN_FAILURES_PER_LOGIN, now);
        limit(SignInFailure.FROM_IP_SINCE, "ipAddress", ipAddress, Setting.SIGN_IN_FAILURES_PER_IP, now);
        var account = em.createNamedQuery(StaffAccount.BY_EMAIL, StaffAccount.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
        var hash = account.map(StaffAccount::passwordHash).orElse(passwords.unusable());
        if (!passwords.matches(password.toCharArray(), hash) || !account.get().isActive()) {
            em.persist(new SignInFailure(login, ipAddress, now));
            throw new WrongCredentials();
        }
        if (account.get().companyId() == null || account.get().roles().stream().noneMatch(API_ROLES::contains)) {
            throw new Forbidden("Only agents and company admins use the API; please sign in to the portal.");
        }
        var token = TOKEN_PREFIX + Secrets.newToken();
        var validFor = Duration.ofHours(settings.getInt(Setting.STAFF_TOKEN_HOURS));
        em.persist(new StaffSession(account.get(), Secrets.sha256(token), now.plus(validFor), now));
        return new StaffToken("Bearer", token, validFor.toSeconds(), StaffAccountView.of(account.get()));
    }

    /** The staff member an access token belongs to, with their roles for the API, while it is valid. */
    public Optional<StaffAccountView> authenticate(String accessToken) {
        var now = clock.instant();
        return em.createNamedQuery(StaffSession.BY_ACCESS_HASH, StaffSession.class)
                .setParameter("hash", Secrets.sha256(accessToken))
                .getResultStream()
                .filter(session -> session.validAt(now))
                .findFirst()
                .map(session -> StaffAccountView.of(session.account()))
                .map(account -> account.withRoles(API_ROLES));
    }

    /** Signs out the client holding this token. */
    public void end(String accessToken) {
        em.createNamedQuery(StaffSession.BY_ACCESS_HASH, StaffSession.class)
                .setParameter("hash", Secrets.sha256(accessToken))
                .getResultStream()
                .findFirst()
                .ifPresent(session -> session.end(clock.instant()));
    }

    private void limit(String query, String parameter, String value, Setting most, Instant now) {
        Limits.atMost(
                em, query, parameter, value, settings.getInt(most), FAILURE_WINDOW, now, "Too many failed sign-ins.");
    }
}
