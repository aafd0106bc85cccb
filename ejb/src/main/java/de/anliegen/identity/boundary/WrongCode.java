package de.anliegen.identity.boundary;

import de.anliegen.platform.problems.Invalid;
import jakarta.ejb.ApplicationException;

/** A wrong verification code. The failed try is committed, not rolled back: it counts towards burning the code. */
@ApplicationException(rollback = false)
public class WrongCode extends Invalid {

    public WrongCode(int triesLeft) {
        super(
                "wrong-code",
                "code",
                "The code is not right; " + triesLeft + (triesLeft == 1 ? " try left." : " tries left."));
    }

    /** A wrong code of an authenticator app. */
    public WrongCode() {
        super("wrong-code", "code", "The code is not right.");
    }
}
