package de.anliegen.identity.boundary;

import de.anliegen.identity.control.Secrets;
import de.anliegen.identity.control.StaffSignIn;
import de.anliegen.identity.control.TokenHashes;
import de.anliegen.identity.entity.StaffSession;
import de.anliegen.platform.problems.Forbidden;
import de.anliegen.platform.settings.Setting;
import de.anliegen.platform.settings.Settings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
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

    private static final Set<String> API_ROLES = Set.of(Roles.AGENT, Roles.COMPANY_ADMIN);

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffSignIn signIn;

    @Inject
    CompanyStanding companies;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    /**
     * Signs in with e-mail address and password, and the authenticator's code where the account has two factors;
     * failures are limited like the app's sign-ins.
     */
    public StaffToken open(String email, String password, String code, String ipAddress) {
        var now = clock.instant();
        var account = signIn.verify(em, email, password.toCharArray(), ipAddress, now);
        if (account.isTotpEnabled()) {
            if (code == null || code.isBlank()) {
                throw new SecondFactorRequired();
            }
            account = signIn.verifyCode(em, email, code, ipAddress, now);
        }
        if (account.companyId() == null || account.roles().stream().noneMatch(API_ROLES::contains)) {
            throw new Forbidden("Only agents and company admins use the API; please sign in to the portal.");
        }
        if (account.company().filter(companies::isSuspended).isPresent()) {
            throw new Forbidden("company-suspended", "Your company's use of Anliegen is suspended.");
        }
        var token = TOKEN_PREFIX + Secrets.newToken();
        var validFor = Duration.ofHours(settings.getInt(Setting.STAFF_TOKEN_HOURS));
        em.persist(new StaffSession(account, Secrets.sha256(token), now.plus(validFor), now));
        return new StaffToken("Bearer", token, validFor.toSeconds(), StaffAccountView.of(account));
    }

    /**
     * The staff member an access token belongs to, with their roles for the API, while it is valid: one read on every
     * request, without a transaction of its own (as {@link ConsumerSessions#authenticate}).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<StaffAccountView> authenticate(String accessToken) {
        var now = clock.instant();
        return em
                .createNamedQuery(StaffSession.BY_ACCESS_HASH, StaffSession.class)
                .setParameter("hash", Secrets.sha256(accessToken))
                .getResultList()
                .stream()
                .filter(session -> session.validAt(now))
                .findFirst()
                .map(session -> StaffAccountView.of(session.account()))
                .map(account -> account.withRoles(API_ROLES));
    }

    /**
     * Of these access tokens, those that still sign an agent in to the API, with whom: a query per 500 tokens, for
     * the open sockets' sweep.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<String, StaffAccountView> authenticateAll(Collection<String> accessTokens) {
        var now = clock.instant();
        var hashes = new TokenHashes(accessTokens);
        var signedIn = new HashMap<String, StaffAccountView>();
        for (var chunk : hashes.chunks()) {
            em
                    .createNamedQuery(StaffSession.BY_ACCESS_HASHES, StaffSession.class)
                    .setParameter("hashes", chunk)
                    .getResultList()
                    .stream()
                    .filter(session -> session.validAt(now))
                    .forEach(session -> signedIn.put(
                            hashes.token(session.accessHash()),
                            StaffAccountView.of(session.account()).withRoles(API_ROLES)));
        }
        return signedIn;
    }

    /** Signs out the client holding this token. */
    public void end(String accessToken) {
        em.createNamedQuery(StaffSession.BY_ACCESS_HASH, StaffSession.class)
                .setParameter("hash", Secrets.sha256(accessToken))
                .getResultStream()
                .findFirst()
                .ifPresent(session -> session.end(clock.instant()));
    }
}
