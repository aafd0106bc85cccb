package de.anliegen.web.api.identity;

import de.anliegen.identity.boundary.NewRegistration;
import de.anliegen.identity.boundary.PersonDetails;
import de.anliegen.web.api.MostCharacters;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Registration with a mobile number: names and the number, nothing else. */
public record RegistrationRequest(
        @Schema(maxLength = PersonDetails.MOST_NAME)
        @NotBlank
        @MostCharacters(PersonDetails.MOST_NAME)
        @Pattern(regexp = PersonName.PATTERN, message = PersonName.MESSAGE)
        String firstName,

        @Schema(maxLength = PersonDetails.MOST_NAME)
        @NotBlank
        @MostCharacters(PersonDetails.MOST_NAME)
        @Pattern(regexp = PersonName.PATTERN, message = PersonName.MESSAGE)
        String lastName,

        @NotBlank @Size(max = 40) String mobileNumber) {

    NewRegistration toCommand() {
        return new NewRegistration(firstName, lastName, mobileNumber);
    }
}
