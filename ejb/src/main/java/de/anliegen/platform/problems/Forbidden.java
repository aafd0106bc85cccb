package de.anliegen.platform.problems;

/** The caller may not do this. */
public class Forbidden extends ProblemException {

    public Forbidden(String detail) {
        super("forbidden", detail);
    }

    public Forbidden(String type, String detail) {
        super(type, detail);
    }

    @Override
    public int status() {
        return 403;
    }
}
