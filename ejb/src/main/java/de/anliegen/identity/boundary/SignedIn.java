package de.anliegen.identity.boundary;

import jakarta.validation.constraints.NotNull;

/** The result of a verified registration: who signed in, their tokens, and whether the account is new. */
public record SignedIn(
        @NotNull ConsumerView consumer,
        @NotNull Tokens tokens,
        @NotNull boolean newConsumer) {}
