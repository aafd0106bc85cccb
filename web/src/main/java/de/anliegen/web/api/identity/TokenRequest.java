package de.anliegen.web.api.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The token from a link we sent by e-mail. */
public record TokenRequest(@NotBlank @Size(max = 100) String token) {}
