package de.anliegen.identity.boundary;

import de.anliegen.identity.entity.Registration;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** A registration waiting for its code: where the code went, until when it works, when the next may be sent. */
public record RegistrationView(
        @NotNull String id,
        @NotNull String mobileNumber,
        @NotNull Instant codeExpiresAt,
        @NotNull Instant nextCodeAllowedAt) {

    static RegistrationView of(Registration registration) {
        return new RegistrationView(
                registration.id(),
                registration.mobileNumber(),
                registration.codeExpiresAt(),
                registration.nextSendAt());
    }
}
