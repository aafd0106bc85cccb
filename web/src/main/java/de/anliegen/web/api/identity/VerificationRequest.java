package de.anliegen.web.api.identity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The six-digit code from the SMS. */
public record VerificationRequest(
        @NotNull @Pattern(regexp = "\\d{6}", message = "must be six digits")
        String code) {}
