package de.anliegen.identity.boundary;

import de.anliegen.identity.control.StaffSignIn;
import de.anliegen.identity.control.Totp;
import de.anliegen.identity.control.TotpSecrets;
import de.anliegen.identity.entity.StaffAccount;
import de.anliegen.platform.problems.Conflict;
import de.anliegen.platform.problems.Forbidden;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Two-factor authentication of the signed-in staff member with an authenticator app: optional for agents and
 * company admins, required for platform admins and data protection officers.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.COMPANY_ADMIN, Roles.PLATFORM_ADMIN, Roles.DATA_PROTECTION_OFFICER})
public class StaffTwoFactor {

    static final String ISSUER = "Anliegen";

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffAccounts staffAccounts;

    @Inject
    StaffSignIn signIn;

    @Inject
    TotpSecrets secrets;

    @Inject
    Clock clock;

    public boolean isEnabled() {
        return me().isTotpEnabled();
    }

    public boolean isRequired() {
        return me().needsTotp();
    }

    /** A new secret for the app, kept until the first code confirms it. */
    public TotpSetup prepare() {
        var account = me();
        if (account.isTotpEnabled()) {
            throw new Conflict("two-factor-enabled", "Two-factor is set up already.");
        }
        var secret = Totp.newSecret();
        account.prepareTotp(secrets.seal(account, secret));
        return new TotpSetup(secret, Totp.uri(ISSUER, account.email(), secret));
    }

    /** The first code of the app: from now on every sign-in asks for one. */
    public void enable(String code) {
        var account = me();
        if (account.isTotpEnabled() || account.sealedTotpSecret() == null) {
            throw new Conflict("two-factor-enabled", "Start the setup again.");
        }
        var now = clock.instant();
        var step = Totp.matchingStep(secrets.open(account), code, now, null);
        if (step < 0) {
            throw new WrongCode();
        }
        account.enableTotp(step, now);
    }

    /** Turns two factors off, confirmed with the password; not for the roles that require them. */
    public void disable(String password) {
        var account = me();
        if (account.needsTotp()) {
            throw new Forbidden("two-factor-required", "Your role requires two-factor authentication.");
        }
        signIn.requirePassword(em, account, password, "password", clock.instant());
        account.disableTotp();
    }

    private StaffAccount me() {
        return em.find(StaffAccount.class, staffAccounts.current().id());
    }
}
