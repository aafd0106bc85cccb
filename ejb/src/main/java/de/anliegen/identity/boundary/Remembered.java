package de.anliegen.identity.boundary;

/** A sign-in by a "stay signed in" cookie: whose it is, and the cookie's new value (the old one is used up). */
public record Remembered(PortalSignIn signIn, String cookie) {}
