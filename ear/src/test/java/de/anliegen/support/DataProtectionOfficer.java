package de.anliegen.support;

import de.anliegen.identity.boundary.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.function.Supplier;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** For in-container tests: calls boundaries as the demo data protection officer would after signing in. */
@Stateless
@PermitAll
@RunAs(Roles.DATA_PROTECTION_OFFICER)
@RunAsPrincipal(DataProtectionOfficer.EMAIL)
public class DataProtectionOfficer {

    public static final String EMAIL = "dpo@anliegen.example";

    public <T> T does(Supplier<T> action) {
        return action.get();
    }
}
