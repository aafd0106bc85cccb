package de.anliegen.identity.boundary;

import de.anliegen.identity.entity.StaffAccount;

/**
 * A staff member signed in to the portal; {@code twoFactorSetupNeeded} while their role requires two-factor
 * authentication that they have not set up yet (the portal then shows nothing but its setup).
 */
public record PortalSignIn(StaffAccountView account, boolean twoFactorSetupNeeded) {

    static PortalSignIn of(StaffAccount account) {
        return new PortalSignIn(StaffAccountView.of(account), account.needsTotp() && !account.isTotpEnabled());
    }
}
