package de.anliegen.web.api.identity;

import de.anliegen.identity.boundary.ConsumerCredentials;
import de.anliegen.web.api.MostCharacters;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new password; the current one is needed when there is one. */
public record PasswordRequest(
        @Schema(maxLength = ConsumerCredentials.LONGEST_PASSWORD) @MostCharacters(ConsumerCredentials.LONGEST_PASSWORD)
        String currentPassword,

        @NotNull
        @Schema(maxLength = ConsumerCredentials.LONGEST_PASSWORD)
        @MostCharacters(ConsumerCredentials.LONGEST_PASSWORD)
        String newPassword) {}
