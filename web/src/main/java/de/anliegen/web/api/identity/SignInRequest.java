package de.anliegen.web.api.identity;

import de.anliegen.identity.boundary.ConsumerCredentials;
import de.anliegen.web.api.MostCharacters;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Sign-in with a password: the login is the mobile number (as typed) or the confirmed e-mail address. */
public record SignInRequest(
        @NotBlank @Size(max = 320) String login,

        @NotNull
        @Schema(maxLength = ConsumerCredentials.LONGEST_PASSWORD)
        @MostCharacters(ConsumerCredentials.LONGEST_PASSWORD)
        String password) {}
