package de.anliegen.web.api.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A mobile number as typed. */
public record MobileNumberRequest(@NotBlank @Size(max = 40) String mobileNumber) {}
