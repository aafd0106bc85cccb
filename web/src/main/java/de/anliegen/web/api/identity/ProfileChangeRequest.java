package de.anliegen.web.api.identity;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Corrected names; a name left out stays as it is. */
public record ProfileChangeRequest(
        @Size(min = 1, max = 100) @Pattern(regexp = PersonName.PATTERN, message = PersonName.MESSAGE)
        String firstName,

        @Size(min = 1, max = 100) @Pattern(regexp = PersonName.PATTERN, message = PersonName.MESSAGE)
        String lastName) {}
