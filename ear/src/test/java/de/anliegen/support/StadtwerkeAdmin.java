package de.anliegen.support;

import de.anliegen.identity.boundary.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.function.Supplier;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * For in-container tests: calls boundaries as the demo Stadtwerke admin would after signing in (WildFly's run-as
 * principal gives the boundaries that caller and role, without a sign-in over HTTP).
 */
@Stateless
@PermitAll
@RunAs(Roles.COMPANY_ADMIN)
@RunAsPrincipal(StadtwerkeAdmin.EMAIL)
public class StadtwerkeAdmin {

    public static final String EMAIL = "admin@stadtwerke-musterstadt.example";

    public <T> T does(Supplier<T> action) {
        return action.get();
    }
}
