package de.anliegen.identity.boundary;

import de.anliegen.platform.problems.Unauthenticated;
import jakarta.ejb.ApplicationException;

/**
 * Login or password do not match; which of the two is never said. The failure is committed, not rolled back: it
 * counts towards the limits.
 */
@ApplicationException(rollback = false)
public class WrongCredentials extends Unauthenticated {

    public WrongCredentials() {
        super("wrong-credentials", "Mobile number, e-mail address or password do not match.");
    }
}
