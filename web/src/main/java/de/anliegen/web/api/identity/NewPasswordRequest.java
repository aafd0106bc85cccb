package de.anliegen.web.api.identity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The new password chosen after following a reset link. */
public record NewPasswordRequest(@NotNull @Size(max = 200) String password) {}
