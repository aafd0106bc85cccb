package de.anliegen.platform.problems;

/** What was sent as a picture is no JPEG or PNG image: 415. */
public class UnsupportedPicture extends ProblemException {

    public UnsupportedPicture() {
        super("unsupported-picture", "A picture must be a JPEG or PNG image.");
    }

    @Override
    public int status() {
        return 415;
    }
}
