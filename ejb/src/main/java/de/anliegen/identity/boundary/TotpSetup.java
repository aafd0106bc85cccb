package de.anliegen.identity.boundary;

import java.io.Serializable;

/** What an authenticator app needs: the secret (Base32) to type in, or the otpauth URI to scan as a QR code. */
public record TotpSetup(String secret, String uri) implements Serializable {}
