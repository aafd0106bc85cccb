package de.anliegen.identity.boundary;

import jakarta.validation.constraints.NotNull;

/**
 * After unlinking Facebook: whether the consumer still needs a password of their own to sign in without their mobile
 * number, and how to get one.
 */
public record FacebookUnlinked(
        @NotNull boolean passwordRequired, @NotNull String detail) {}
