package de.anliegen.identity.boundary;

import de.anliegen.identity.control.Secrets;
import de.anliegen.identity.entity.StaffAccount;
import de.anliegen.identity.entity.StaffRememberedSignIn;
import de.anliegen.platform.settings.Setting;
import de.anliegen.platform.settings.Settings;
import de.anliegen.platform.texts.Texts;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * "Stay signed in" for the portal: a browser keeps a cookie with a random token for 30 days. Each sign-in with it
 * replaces the token; a token that was replaced already (a copied cookie) ends that browser's remembrance. A new
 * password, a deactivation and the person themselves on their profile page end it too. A platform admin's or data
 * protection officer's browser asks for the authenticator's code again once a day
 * (ANLIEGEN_STAFF_SECOND_FACTOR_HOURS).
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.COMPANY_ADMIN, Roles.PLATFORM_ADMIN, Roles.DATA_PROTECTION_OFFICER})
public class StaffRemembrance {

    public static final Duration VALID = Duration.ofDays(30);
    private static final int MOST_DEVICE = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffAccounts staffAccounts;

    @Inject
    CompanyStanding companies;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    /** Remembers the signed-in staff member in this browser; answers the cookie's value. */
    public String remember(String device) {
        var account = em.find(StaffAccount.class, staffAccounts.current().id());
        var selector = Secrets.newToken();
        var token = Secrets.newToken();
        var now = clock.instant();
        var remembered = new StaffRememberedSignIn(
                account, selector, Secrets.sha256(token), shortened(device), now, now.plus(VALID));
        if (account.isTotpEnabled()) {
            // the sign-in that asked to be remembered took the authenticator's code
            remembered.proveSecondFactor(now);
        }
        em.persist(remembered);
        return selector + "." + token;
    }

    /**
     * Signs in with a cookie's value, if it is valid: the account is active, its password unchanged since, its
     * company not suspended. The cookie gets a new token. The token it replaced, presented again, ends the
     * remembrance (someone holds a copy of the cookie); any other wrong token changes nothing.
     */
    @PermitAll
    public Optional<Remembered> signIn(String cookie) {
        var remembered = remembered(cookie);
        var now = clock.instant();
        if (remembered.isEmpty()) {
            return Optional.empty();
        }
        var presented = Secrets.sha256(parts(cookie)[1]);
        if (!Secrets.same(remembered.get().tokenHash(), presented)) {
            if (remembered.get().replaced(presented)) {
                // the token was used before and replaced: someone holds a copy of the cookie
                em.remove(remembered.get());
            }
            // any other token is a guess, which must not end someone else's remembrance
            return Optional.empty();
        }
        return signIn(remembered.get(), now);
    }

    private Optional<Remembered> signIn(StaffRememberedSignIn remembered, Instant now) {
        var account = remembered.account();
        if (!remembered.isValid(now)
                || account.company().filter(companies::isSuspended).isPresent()) {
            em.remove(remembered);
            return Optional.empty();
        }
        var token = Secrets.newToken();
        remembered.rotate(Secrets.sha256(token), now);
        var secondFactorEvery = Duration.ofHours(settings.getInt(Setting.STAFF_SECOND_FACTOR_HOURS));
        return Optional.of(new Remembered(
                PortalSignIn.of(account),
                remembered.selector() + "." + token,
                remembered.secondFactorDue(now, secondFactorEvery)));
    }

    /** The authenticator's code was entered in the browser holding this cookie: it counts for the next day. */
    @PermitAll
    public void secondFactorProven(String cookie) {
        remembered(cookie)
                .filter(remembered -> Secrets.same(remembered.tokenHash(), Secrets.sha256(parts(cookie)[1])))
                .ifPresent(remembered -> remembered.proveSecondFactor(clock.instant()));
    }

    /** Signing out: the browser's cookie no longer signs in. */
    @PermitAll
    public void forget(String cookie) {
        remembered(cookie)
                .filter(remembered -> Secrets.same(remembered.tokenHash(), Secrets.sha256(parts(cookie)[1])))
                .ifPresent(em::remove);
    }

    /** The browsers that keep the caller signed in, most recently used first. */
    public List<RememberedDevice> mine() {
        var now = clock.instant();
        return em.createNamedQuery(StaffRememberedSignIn.OF_ACCOUNT, StaffRememberedSignIn.class)
                .setParameter("account", staffAccounts.current().id())
                .getResultStream()
                .filter(remembered -> remembered.isValid(now))
                .map(remembered -> new RememberedDevice(
                        remembered.id(),
                        remembered.device(),
                        remembered.createdAt(),
                        remembered.lastUsedAt(),
                        remembered.expiresAt()))
                .toList();
    }

    /** The caller ends one of their remembered browsers; anyone else's is not theirs to end. */
    public void revoke(RememberedDeviceId id) {
        var remembered = em.find(StaffRememberedSignIn.class, id.value());
        if (remembered != null
                && remembered.account().id() == staffAccounts.current().id()) {
            em.remove(remembered);
        }
    }

    public void revokeAll() {
        em.createNamedQuery(StaffRememberedSignIn.DELETE_OF_ACCOUNT)
                .setParameter("account", staffAccounts.current().id())
                .executeUpdate();
    }

    /** The remembrance a cookie names by its selector, whatever its token. */
    private Optional<StaffRememberedSignIn> remembered(String cookie) {
        var parts = parts(cookie);
        if (parts.length != 2) {
            return Optional.empty();
        }
        return em.createNamedQuery(StaffRememberedSignIn.BY_SELECTOR, StaffRememberedSignIn.class)
                .setParameter("selector", parts[0])
                .getResultStream()
                .findFirst();
    }

    /** A cookie's selector and token, or nothing when it is not of that form. */
    private static String[] parts(String cookie) {
        var parts = cookie == null ? new String[0] : cookie.split("\\.", 2);
        return parts.length == 2 && parts[0].matches("[A-Za-z0-9_-]{43}") ? parts : new String[0];
    }

    private static String shortened(String device) {
        var text = device == null || device.isBlank() ? "?" : device.strip();
        return Texts.cut(text, MOST_DEVICE);
    }
}
