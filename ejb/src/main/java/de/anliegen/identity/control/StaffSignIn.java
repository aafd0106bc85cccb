package de.anliegen.identity.control;

import de.anliegen.identity.boundary.WrongCode;
import de.anliegen.identity.boundary.WrongCredentials;
import de.anliegen.identity.entity.SignInFailure;
import de.anliegen.identity.entity.StaffAccount;
import de.anliegen.platform.boundary.Setting;
import de.anliegen.platform.boundary.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Checks a staff member's e-mail address and password, for the portal and the API alike. Failures count per address
 * and per IP address within 15 minutes; past the limit every attempt is refused until the oldest failure is older.
 */
@ApplicationScoped
public class StaffSignIn {

    private static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);

    @Inject
    PasswordHashing passwords;

    @Inject
    Settings settings;

    /** The active account with this password; takes as long when there is none, so timing tells nothing. */
    public StaffAccount verify(EntityManager em, String email, char[] password, String ipAddress, Instant now) {
        var address = email.strip().toLowerCase(Locale.ROOT);
        var login = withinLimits(em, address, ipAddress, now);
        var account = em.createNamedQuery(StaffAccount.BY_EMAIL, StaffAccount.class)
                .setParameter("email", address)
                .getResultStream()
                .findFirst();
        var hash = account.map(StaffAccount::passwordHash).orElse(passwords.unusable());
        if (!passwords.matches(password, hash) || !account.get().isActive()) {
            em.persist(new SignInFailure(login, ipAddress, now));
            throw new WrongCredentials();
        }
        return account.get();
    }

    /** The active account whose authenticator app made this code now; each code counts once. */
    public StaffAccount verifyCode(EntityManager em, String email, String code, String ipAddress, Instant now) {
        var address = email.strip().toLowerCase(Locale.ROOT);
        var login = withinLimits(em, address, ipAddress, now);
        var account = em.createNamedQuery(StaffAccount.BY_EMAIL, StaffAccount.class)
                .setParameter("email", address)
                .getResultStream()
                .findFirst()
                .filter(StaffAccount::isActive)
                .filter(StaffAccount::isTotpEnabled);
        var step = account.map(found -> Totp.matchingStep(found.totpSecret(), code, now, found.totpLastStep()))
                .orElse(-1L);
        if (step < 0) {
            em.persist(new SignInFailure(login, ipAddress, now));
            throw new WrongCode();
        }
        account.get().useTotpStep(step);
        return account.get();
    }

    /** The name failures of this address count under, once neither it nor the IP address is over its limit. */
    private String withinLimits(EntityManager em, String address, String ipAddress, Instant now) {
        var login = "staff:" + address;
        limit(em, SignInFailure.FOR_LOGIN_SINCE, "login", login, Setting.SIGN_IN_FAILURES_PER_LOGIN, now);
        limit(em, SignInFailure.FROM_IP_SINCE, "ipAddress", ipAddress, Setting.SIGN_IN_FAILURES_PER_IP, now);
        return login;
    }

    private void limit(EntityManager em, String query, String parameter, String value, Setting most, Instant now) {
        Limits.atMost(
                em, query, parameter, value, settings.getInt(most), FAILURE_WINDOW, now, "Too many failed sign-ins.");
    }
}
