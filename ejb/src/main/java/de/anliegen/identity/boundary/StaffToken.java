package de.anliegen.identity.boundary;

/** What an agent's client keeps after signing in to the API: the access token and how many seconds it is valid. */
public record StaffToken(String tokenType, String accessToken, long expiresIn, StaffAccountView account) {}
