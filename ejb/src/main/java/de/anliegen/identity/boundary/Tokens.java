package de.anliegen.identity.boundary;

/**
 * What the app keeps after signing in: the access token for every call ({@code Authorization: Bearer …}), and the
 * refresh token for a new pair once the access token has expired. Times in seconds.
 */
public record Tokens(
        String tokenType, String accessToken, long expiresIn, String refreshToken, long refreshExpiresIn) {}
