package de.anliegen.identity.boundary;

import jakarta.validation.constraints.NotNull;

/** What an agent's client keeps after signing in to the API: the access token and how many seconds it is valid. */
public record StaffToken(
        @NotNull String tokenType,
        @NotNull String accessToken,
        @NotNull long expiresIn,
        @NotNull StaffAccountView account) {}
