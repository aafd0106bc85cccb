package de.anliegen.identity.boundary;

/**
 * A sign-in by a "stay signed in" cookie: whose it is, and the cookie's new value (the old one is used up);
 * {@code secondFactorDue} when the account must enter its authenticator's code before the portal opens (a platform
 * admin or data protection officer, daily).
 */
public record Remembered(PortalSignIn signIn, String cookie, boolean secondFactorDue) {}
