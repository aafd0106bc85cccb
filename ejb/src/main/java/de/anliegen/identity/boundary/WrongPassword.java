package de.anliegen.identity.boundary;

import de.anliegen.platform.problems.Invalid;
import jakarta.ejb.ApplicationException;

/** The consumer's own password was wrong. Committed, not rolled back: it counts towards the account's limit. */
@ApplicationException(rollback = false)
public class WrongPassword extends Invalid {

    public WrongPassword(String field) {
        super("wrong-password", field, "The password is not right.");
    }
}
