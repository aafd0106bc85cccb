package de.anliegen.web.api.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Corrections of the profile; a field left out stays as it is. A new e-mail address counts once confirmed. */
public record ProfileChangeRequest(
        @Size(min = 1, max = 100) @Pattern(regexp = PersonName.PATTERN, message = PersonName.MESSAGE)
        String firstName,

        @Size(min = 1, max = 100) @Pattern(regexp = PersonName.PATTERN, message = PersonName.MESSAGE)
        String lastName,

        @Email @Pattern(regexp = ".*\\S.*", message = "must not be blank") @Size(max = 254)
        String email) {}
