package de.anliegen.identity.boundary;

import jakarta.validation.constraints.NotNull;

/**
 * What the app keeps after signing in: the access token for every call ({@code Authorization: Bearer …}), and the
 * refresh token for a new pair once the access token has expired. Times in seconds.
 */
public record Tokens(
        @NotNull String tokenType,
        @NotNull String accessToken,
        @NotNull long expiresIn,
        @NotNull String refreshToken,
        @NotNull long refreshExpiresIn) {}
