package de.anliegen.platform.boundary;

/** The request is not valid. */
public class Invalid extends ProblemException {

    public Invalid(String detail) {
        super("invalid", detail);
    }

    protected Invalid(String type, String detail) {
        super(type, detail);
    }

    @Override
    public int status() {
        return 400;
    }
}
