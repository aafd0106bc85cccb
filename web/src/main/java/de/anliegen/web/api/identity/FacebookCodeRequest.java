package de.anliegen.web.api.identity;

import de.anliegen.identity.boundary.FacebookProof;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What Facebook's login dialog sent the person back with, and what the app kept for it: the one-time code, the PKCE
 * verifier (43 to 128 characters, RFC 7636) whose SHA-256 was the dialog's code_challenge, and the redirect_uri the
 * dialog was given. Our server exchanges the code with Facebook; neither it nor Facebook's token is stored.
 */
public record FacebookCodeRequest(
        @NotBlank @Size(max = 1000) String code,

        @NotBlank @Pattern(regexp = "[A-Za-z0-9._~-]{43,128}", message = "must be 43 to 128 of A-Z a-z 0-9 - . _ ~")
        String codeVerifier,

        @NotBlank @Size(max = 2000) String redirectUri) {

    FacebookProof toProof() {
        return new FacebookProof.Code(code, codeVerifier, redirectUri);
    }
}
