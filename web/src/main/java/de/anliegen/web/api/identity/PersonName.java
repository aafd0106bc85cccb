package de.anliegen.web.api.identity;

/** What a person's name may contain: any letters, marks, spaces and punctuation, but no control characters; not only spaces. */
final class PersonName {

    static final String PATTERN = "(?=.*\\S)[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]*";
    static final String MESSAGE = "must not be blank or contain control characters";

    private PersonName() {}
}
