package de.anliegen.web.api.identity;

import de.anliegen.identity.boundary.ConsumerCredentials;
import de.anliegen.web.api.MostCharacters;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An agent's sign-in to the API with the portal's e-mail address and password, and the authenticator app's code when
 * the account has two factors.
 */
public record StaffSignInRequest(
        @NotBlank @Size(max = 320) String email,

        @NotNull
        @Schema(maxLength = ConsumerCredentials.LONGEST_PASSWORD)
        @MostCharacters(ConsumerCredentials.LONGEST_PASSWORD)
        String password,

        @Size(max = 10) String code) {}
