package de.anliegen.web.api.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The id of a verification and the six-digit code that the SMS brought. */
public record CodeConfirmationRequest(
        @NotBlank @Size(max = 36) String verificationId,

        @NotNull @Pattern(regexp = "\\d{6}", message = "must be six digits")
        String code) {}
