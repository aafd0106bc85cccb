package de.anliegen.identity.boundary;

import de.anliegen.identity.entity.StaffAccount;
import java.util.Set;

/** A staff account as other components and the portal see it: never its password hash. */
public record StaffAccountView(long id, String email, String displayName, Long companyId, Set<String> roles) {

    static StaffAccountView of(StaffAccount account) {
        return new StaffAccountView(
                account.id(), account.email(), account.displayName(), account.companyId(), account.roles());
    }
}
