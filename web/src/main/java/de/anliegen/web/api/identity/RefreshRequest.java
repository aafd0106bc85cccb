package de.anliegen.web.api.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The refresh token the app got with its last token pair. */
public record RefreshRequest(@NotBlank @Size(max = 200) String refreshToken) {}
