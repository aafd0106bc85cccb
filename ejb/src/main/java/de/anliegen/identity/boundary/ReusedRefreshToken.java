package de.anliegen.identity.boundary;

import de.anliegen.platform.problems.Unauthenticated;
import jakarta.ejb.ApplicationException;

/** A used-up refresh token came back: the session it belonged to is ended, and that is committed, not rolled back. */
@ApplicationException(rollback = false)
public class ReusedRefreshToken extends Unauthenticated {

    public ReusedRefreshToken() {
        super("invalid-refresh-token", "The refresh token is not valid (any more); sign in again.");
    }
}
