package de.anliegen.identity.boundary;

import de.anliegen.platform.problems.Unauthenticated;
import jakarta.ejb.ApplicationException;

/** The password was right; the account also asks for a code from its authenticator app. */
@ApplicationException(rollback = false)
public class SecondFactorRequired extends Unauthenticated {

    public static final String TYPE = "second-factor-required";

    public SecondFactorRequired() {
        super(TYPE, "Enter the code from your authenticator app.");
    }
}
