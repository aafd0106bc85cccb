package de.anliegen.web.api;

import de.anliegen.identity.boundary.ConsumerId;
import de.anliegen.platform.problems.Unauthenticated;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

/** Who is calling the API: the consumer whose access token came with the request. */
@RequestScoped
public class Caller {

    @Inject
    SecurityContext security;

    public ConsumerId consumer() {
        var principal = security.getCallerPrincipal();
        if (principal == null) {
            throw new Unauthenticated("unauthenticated", "Sign in first: send a valid access token.");
        }
        return ConsumerId.ofPrincipalName(principal.getName());
    }
}
