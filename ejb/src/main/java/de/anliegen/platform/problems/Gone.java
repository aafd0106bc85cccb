package de.anliegen.platform.problems;

/** What was asked for existed but is used up or expired for good: start again. */
public class Gone extends ProblemException {

    public Gone(String type, String detail) {
        super(type, detail);
    }

    @Override
    public int status() {
        return 410;
    }
}
