package de.anliegen.web.api.identity;

import de.anliegen.identity.boundary.NewRegistration;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Registration with a mobile number: names and the number, nothing else. */
public record RegistrationRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = PersonName.PATTERN, message = PersonName.MESSAGE)
        String firstName,

        @NotBlank @Size(max = 100) @Pattern(regexp = PersonName.PATTERN, message = PersonName.MESSAGE)
        String lastName,

        @NotBlank @Size(max = 40) String mobileNumber) {

    NewRegistration toCommand() {
        return new NewRegistration(firstName, lastName, mobileNumber);
    }
}
