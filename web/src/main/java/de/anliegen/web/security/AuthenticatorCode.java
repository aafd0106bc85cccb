package de.anliegen.web.security;

import jakarta.security.enterprise.credential.Credential;

/** The code of an authenticator app: the second step of a staff sign-in whose password was right. */
public record AuthenticatorCode(String code) implements Credential {}
