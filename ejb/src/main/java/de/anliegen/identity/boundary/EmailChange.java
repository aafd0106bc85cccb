package de.anliegen.identity.boundary;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** An e-mail address waiting for its confirmation: the link went to it and works until {@code confirmBy}. */
public record EmailChange(@NotNull String email, @NotNull Instant confirmBy) {}
