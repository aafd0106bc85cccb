package de.anliegen.identity.boundary;

import de.anliegen.identity.control.ConsumerLookup;
import de.anliegen.identity.control.Limits;
import de.anliegen.identity.control.MobileNumbers;
import de.anliegen.identity.control.PasswordHashing;
import de.anliegen.identity.control.PasswordPolicy;
import de.anliegen.identity.entity.Consumer;
import de.anliegen.identity.entity.SignInFailure;
import de.anliegen.platform.problems.Invalid;
import de.anliegen.platform.settings.Setting;
import de.anliegen.platform.settings.Settings;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** Passwords of consumers: set or change one, and sign in with mobile number or e-mail address and password. */
@Stateless
public class ConsumerCredentials {

    /** The longest password taken, in characters (code points), for signing in as for choosing one. */
    public static final int LONGEST_PASSWORD = PasswordPolicy.LONGEST;

    private static final Duration FAILURE_WINDOW = SignInFailure.WINDOW;

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    ConsumerSessions sessions;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    /**
     * A first password needs only the signed-in app; changing one needs the current password too. Every other app of
     * the consumer is signed out, since whoever knew the old password may hold one of them.
     */
    @RolesAllowed(Roles.CONSUMER)
    public void choosePassword(ConsumerId consumerId, String currentPassword, String newPassword, String accessToken) {
        var consumer = ConsumerLookup.require(em, consumerId.value());
        if (consumer.hasPassword()) {
            if (currentPassword == null || currentPassword.isEmpty()) {
                throw new Invalid("invalid", "currentPassword", "Give the current password to change it.");
            }
            requirePassword(consumerId, currentPassword, "currentPassword");
        }
        PasswordPolicy.check(newPassword, "newPassword");
        consumer.usePassword(passwords.hash(newPassword.toCharArray()));
        sessions.endOthers(consumerId, accessToken);
    }

    /**
     * Signs in with a mobile number (as typed) or e-mail address and the password. Failures are limited per login
     * and per IP address within 15 minutes; the answer never tells whether the login exists.
     */
    @PermitAll
    public SignedIn signIn(String login, String password, String ipAddress) {
        var now = clock.instant();
        var key = loginKey(login);
        // attempts at one account wait for each other, each counting the failures of those before it
        var consumer = locked(key);
        em.createNamedQuery(SignInFailure.FORGET_BEFORE)
                .setParameter("before", now.minus(FAILURE_WINDOW))
                .executeUpdate();
        limit(
                SignInFailure.FOR_LOGIN_SINCE,
                "login",
                key,
                Setting.SIGN_IN_FAILURES_PER_LOGIN,
                now,
                "Too many failed sign-ins for this account.");
        limit(
                SignInFailure.FROM_IP_SINCE,
                "ipAddress",
                ipAddress,
                Setting.SIGN_IN_FAILURES_PER_IP,
                now,
                "Too many failed sign-ins from this network.");
        var hash = consumer.map(Consumer::passwordHash).orElse(passwords.unusable());
        if (!passwords.matches(password.toCharArray(), hash) || hash.equals(passwords.unusable())) {
            em.persist(new SignInFailure(key, ipAddress, now));
            throw new WrongCredentials();
        }
        em.createNamedQuery(SignInFailure.FORGET_LOGIN)
                .setParameter("login", key)
                .executeUpdate();
        if (passwords.isOutdated(hash)) {
            consumer.get().usePassword(passwords.hash(password.toCharArray()));
        }
        var tokens = sessions.open(new ConsumerId(consumer.get().id()));
        return new SignedIn(ConsumerView.of(em, consumer.get(), clock.instant()), tokens, false);
    }

    /**
     * The consumer's own password, for a change that needs it: a wrong one counts like a failed sign-in of the
     * account (and is committed), so that a stolen access token does not allow unlimited guessing.
     */
    @RolesAllowed(Roles.CONSUMER)
    public void requirePassword(ConsumerId consumerId, String password, String field) {
        // as a sign-in: checks of one account's password wait for each other
        var consumer = em.find(Consumer.class, consumerId.value(), LockModeType.PESSIMISTIC_WRITE);
        var key = consumerId.principalName();
        var now = clock.instant();
        limit(
                SignInFailure.FOR_LOGIN_SINCE,
                "login",
                key,
                Setting.SIGN_IN_FAILURES_PER_LOGIN,
                now,
                "Too many wrong passwords for this account.");
        if (password == null
                || !consumer.hasPassword()
                || !passwords.matches(password.toCharArray(), consumer.passwordHash())) {
            em.persist(new SignInFailure(key, "-", now));
            throw new WrongPassword(field);
        }
    }

    private void limit(String query, String parameter, String value, Setting most, Instant now, String detail) {
        Limits.atMost(em, query, parameter, value, settings.getInt(most), FAILURE_WINDOW, now, detail);
    }

    /** The same account whichever way the number was typed: E.164 for numbers, lower case for addresses. */
    private static String loginKey(String login) {
        var trimmed = login.strip();
        return MobileNumbers.normalise(trimmed).orElse(trimmed.toLowerCase(Locale.ROOT));
    }

    /** The consumer signing in with this login, locked until the attempt's transaction ends. */
    private Optional<Consumer> locked(String key) {
        var byNumber = key.startsWith("+") && MobileNumbers.normalise(key).isPresent();
        return em.createNamedQuery(byNumber ? Consumer.BY_MOBILE_NUMBER : Consumer.BY_EMAIL, Consumer.class)
                .setParameter(byNumber ? "mobileNumber" : "email", key)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }
}
