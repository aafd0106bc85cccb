package de.anliegen.platform.problems;

/** What was asked for does not exist (or is not yours to see). */
public class NotFound extends ProblemException {

    public NotFound(String detail) {
        super("not-found", detail);
    }

    public NotFound(String type, String detail) {
        super(type, detail);
    }

    @Override
    public int status() {
        return 404;
    }
}
