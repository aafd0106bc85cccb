package de.anliegen.platform.problems;

/** The credentials or token presented are not (or no longer) valid: sign in again. */
public class Unauthenticated extends ProblemException {

    public Unauthenticated(String type, String detail) {
        super(type, detail);
    }

    @Override
    public int status() {
        return 401;
    }
}
