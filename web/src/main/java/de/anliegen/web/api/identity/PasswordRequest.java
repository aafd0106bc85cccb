package de.anliegen.web.api.identity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new password; the current one is needed when there is one. */
public record PasswordRequest(
        @Size(max = 200) String currentPassword,
        @NotNull @Size(max = 200) String newPassword) {}
