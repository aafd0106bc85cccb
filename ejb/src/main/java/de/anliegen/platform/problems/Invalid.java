package de.anliegen.platform.problems;

import java.util.Optional;

/** The request is not valid; names the field when one field is to blame. */
public class Invalid extends ProblemException {

    private final String field;

    public Invalid(String detail) {
        this("invalid", null, detail);
    }

    public Invalid(String type, String field, String detail) {
        super(type, detail);
        this.field = field;
    }

    /** The request field that is wrong, as the client named it ({@code mobileNumber}). */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    @Override
    public int status() {
        return 400;
    }
}
