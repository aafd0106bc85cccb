package de.anliegen.web.api.identity;

import de.anliegen.identity.boundary.PersonDetails;
import de.anliegen.web.api.MostCharacters;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Corrections of the profile; a field left out stays as it is. A new e-mail address counts once confirmed. */
public record ProfileChangeRequest(
        @Schema(maxLength = PersonDetails.MOST_NAME)
        @Size(min = 1)
        @MostCharacters(PersonDetails.MOST_NAME)
        @Pattern(regexp = PersonName.PATTERN, message = PersonName.MESSAGE)
        String firstName,

        @Schema(maxLength = PersonDetails.MOST_NAME)
        @Size(min = 1)
        @MostCharacters(PersonDetails.MOST_NAME)
        @Pattern(regexp = PersonName.PATTERN, message = PersonName.MESSAGE)
        String lastName,

        @Email @Pattern(regexp = ".*\\S.*", message = "must not be blank") @Size(max = 254)
        String email) {}
