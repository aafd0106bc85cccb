package de.anliegen.web.api.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The access token the app obtained from the Facebook SDK; checked with Facebook, never stored. */
public record FacebookTokenRequest(
        @NotBlank @Size(max = 1000) String accessToken) {}
