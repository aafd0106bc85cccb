package de.anliegen.web.api.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The new password chosen after following a reset link, with the link's token: in the body, not the path, so that
 * no access log or proxy keeps it.
 */
public record NewPasswordRequest(
        @NotBlank @Size(max = 100) String token,
        @NotNull @Size(max = 200) String password) {}
