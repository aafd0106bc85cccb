package de.anliegen.web.api.identity;

import de.anliegen.identity.boundary.PersonDetails;

/** What a person's name may contain: any letters, marks, spaces and punctuation, but no control characters; not only spaces. */
final class PersonName {

    static final String PATTERN = PersonDetails.NAME_PATTERN;
    static final String MESSAGE = "must not be blank or contain control characters";

    private PersonName() {}
}
