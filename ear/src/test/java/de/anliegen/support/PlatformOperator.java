package de.anliegen.support;

import de.anliegen.identity.boundary.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.function.Supplier;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * For in-container tests on the production-mode server, which has no demo data: calls boundaries as a platform admin
 * would after signing in. The test makes the account of {@link #EMAIL} first (it is no demo login).
 */
@Stateless
@PermitAll
@RunAs(Roles.PLATFORM_ADMIN)
@RunAsPrincipal(PlatformOperator.EMAIL)
public class PlatformOperator {

    public static final String EMAIL = "betrieb@anliegen.test";

    public <T> T does(Supplier<T> action) {
        return action.get();
    }
}
