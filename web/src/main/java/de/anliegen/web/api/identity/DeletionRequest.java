package de.anliegen.web.api.identity;

import de.anliegen.identity.boundary.ConsumerCredentials;
import de.anliegen.identity.boundary.FacebookProof;
import de.anliegen.identity.boundary.Reauthentication;
import de.anliegen.web.api.MostCharacters;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Proof that it is the consumer: the password, the id and code of an identity check by SMS, or Facebook's
 * confirmation of the linked account: what its login dialog returned ({@code facebook}), or a native app's token.
 */
public record DeletionRequest(
        @Schema(maxLength = ConsumerCredentials.LONGEST_PASSWORD) @MostCharacters(ConsumerCredentials.LONGEST_PASSWORD)
        String password,

        @Size(max = 36) String verificationId,

        @Pattern(regexp = "\\d{6}", message = "must be six digits")
        String code,

        @Valid FacebookCodeRequest facebook,
        @Size(max = 1000) String facebookAccessToken) {

    Reauthentication toProof() {
        return new Reauthentication(password, verificationId, code, facebookProof());
    }

    private FacebookProof facebookProof() {
        if (facebook != null) {
            return facebook.toProof();
        }
        return facebookAccessToken == null ? null : new FacebookProof.Token(facebookAccessToken);
    }
}
