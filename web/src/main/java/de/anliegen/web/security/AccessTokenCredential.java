package de.anliegen.web.security;

import jakarta.security.enterprise.credential.Credential;

/** The app's bearer access token, as a Jakarta Security credential. */
public record AccessTokenCredential(String token) implements Credential {}
