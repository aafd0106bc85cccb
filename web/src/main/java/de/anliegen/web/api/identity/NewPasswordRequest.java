package de.anliegen.web.api.identity;

import de.anliegen.identity.boundary.ConsumerCredentials;
import de.anliegen.web.api.MostCharacters;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The new password chosen after following a reset link, with the link's token: in the body, not the path, so that
 * no access log or proxy keeps it.
 */
public record NewPasswordRequest(
        @NotBlank @Size(max = 100) String token,

        @NotNull
        @Schema(maxLength = ConsumerCredentials.LONGEST_PASSWORD)
        @MostCharacters(ConsumerCredentials.LONGEST_PASSWORD)
        String password) {}
