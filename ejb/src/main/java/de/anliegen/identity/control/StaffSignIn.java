package de.anliegen.identity.control;

import de.anliegen.identity.boundary.WrongCode;
import de.anliegen.identity.boundary.WrongCredentials;
import de.anliegen.identity.boundary.WrongPassword;
import de.anliegen.identity.entity.SignInFailure;
import de.anliegen.identity.entity.StaffAccount;
import de.anliegen.platform.settings.Setting;
import de.anliegen.platform.settings.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a staff member's e-mail address and password, for the portal and the API alike. Failures count per address
 * and per IP address within 15 minutes; past the limit every attempt is refused until the oldest failure is older.
 * Attempts at one account wait for each other (its row is locked), so the limit holds for parallel attempts too.
 */
@ApplicationScoped
public class StaffSignIn {

    private static final Duration FAILURE_WINDOW = SignInFailure.WINDOW;
    private static final String LOGIN_PREFIX = "staff:";

    @Inject
    PasswordHashing passwords;

    @Inject
    Settings settings;

    @Inject
    TotpSecrets secrets;

    /** The active account with this password; takes as long when there is none, so timing tells nothing. */
    public StaffAccount verify(EntityManager em, String email, char[] password, String ipAddress, Instant now) {
        var address = email.strip().toLowerCase(Locale.ROOT);
        var account = locked(em, address);
        var login = withinLimits(em, address, ipAddress, now);
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
        var account = locked(em, address).filter(StaffAccount::isActive).filter(StaffAccount::isTotpEnabled);
        var login = withinLimits(em, address, ipAddress, now);
        var step = account.map(found -> Totp.matchingStep(secrets.open(found), code, now, found.totpLastStep()))
                .orElse(-1L);
        if (step < 0) {
            em.persist(new SignInFailure(login, ipAddress, now));
            throw new WrongCode();
        }
        account.get().useTotpStep(step);
        return account.get();
    }

    /**
     * The signed-in staff member's own password, for a change that needs it: a wrong one counts like a failed sign-in
     * of the account (and is committed), so that a session left open does not allow unlimited guessing; checks of
     * one account wait for each other as sign-ins do.
     */
    public void requirePassword(EntityManager em, StaffAccount account, String password, String field, Instant now) {
        em.lock(account, LockModeType.PESSIMISTIC_WRITE);
        var login = LOGIN_PREFIX + account.email();
        limit(em, SignInFailure.FOR_LOGIN_SINCE, "login", login, Setting.SIGN_IN_FAILURES_PER_LOGIN, now);
        if (password == null || !passwords.matches(password.toCharArray(), account.passwordHash())) {
            em.persist(new SignInFailure(login, "-", now));
            throw new WrongPassword(field);
        }
    }

    /**
     * The account of this address, locked until the attempt's transaction ends: attempts at one account are
     * evaluated one after the other, each counting the failures of those before it, so that parallel guesses cannot
     * all pass the limit's check before any of them is recorded.
     */
    private static Optional<StaffAccount> locked(EntityManager em, String address) {
        return em.createNamedQuery(StaffAccount.BY_EMAIL, StaffAccount.class)
                .setParameter("email", address)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    /** The name failures of this address count under, once neither it nor the IP address is over its limit. */
    private String withinLimits(EntityManager em, String address, String ipAddress, Instant now) {
        var login = LOGIN_PREFIX + address;
        limit(em, SignInFailure.FOR_LOGIN_SINCE, "login", login, Setting.SIGN_IN_FAILURES_PER_LOGIN, now);
        limit(em, SignInFailure.FROM_IP_SINCE, "ipAddress", ipAddress, Setting.SIGN_IN_FAILURES_PER_IP, now);
        return login;
    }

    private void limit(EntityManager em, String query, String parameter, String value, Setting most, Instant now) {
        Limits.atMost(
                em, query, parameter, value, settings.getInt(most), FAILURE_WINDOW, now, "Too many failed sign-ins.");
    }
}
