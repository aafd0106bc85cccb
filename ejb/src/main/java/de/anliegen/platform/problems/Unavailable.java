package de.anliegen.platform.problems;

/** A service the request needs is not available right now. */
public class Unavailable extends ProblemException {

    public Unavailable(String detail) {
        super("unavailable", detail);
    }

    protected Unavailable(String type, String detail) {
        super(type, detail);
    }

    @Override
    public int status() {
        return 503;
    }
}
