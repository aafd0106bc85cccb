package de.anliegen.identity.boundary;

import de.anliegen.platform.problems.Gone;
import jakarta.ejb.ApplicationException;

/** The last wrong code: the registration is burnt, and that is committed, not rolled back. */
@ApplicationException(rollback = false)
public class BurntRegistration extends Gone {

    public BurntRegistration() {
        super("registration-burnt", "Too many wrong codes: start the registration again.");
    }
}
