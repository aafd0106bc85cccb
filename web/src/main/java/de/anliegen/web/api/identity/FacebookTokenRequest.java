package de.anliegen.web.api.identity;

import de.anliegen.identity.boundary.FacebookProof;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The access token a native app obtained from Facebook's SDK; checked with Facebook, never stored (ADR 10). */
public record FacebookTokenRequest(
        @NotBlank @Size(max = 1000) String accessToken) {

    FacebookProof toProof() {
        return new FacebookProof.Token(accessToken);
    }
}
