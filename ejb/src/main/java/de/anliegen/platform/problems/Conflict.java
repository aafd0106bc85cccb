package de.anliegen.platform.problems;

/** The request contradicts the current state. */
public class Conflict extends ProblemException {

    public Conflict(String detail) {
        super("conflict", detail);
    }

    public Conflict(String type, String detail) {
        super(type, detail);
    }

    @Override
    public int status() {
        return 409;
    }
}
