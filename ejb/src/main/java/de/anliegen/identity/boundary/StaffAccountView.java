package de.anliegen.identity.boundary;

import de.anliegen.identity.entity.StaffAccount;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.Set;
import java.util.TreeSet;

/** A staff account as other components and the portal see it: never its password hash. */
public record StaffAccountView(
        @NotNull long id,
        @NotNull String email,
        @NotNull String displayName,
        Long companyId,
        @NotNull Set<String> roles)
        implements Serializable {

    /** The same account with only those of its roles that are among {@code allowed}. */
    public StaffAccountView withRoles(Set<String> allowed) {
        var kept = new TreeSet<>(roles);
        kept.retainAll(allowed);
        return new StaffAccountView(id, email, displayName, companyId, Set.copyOf(kept));
    }

    static StaffAccountView of(StaffAccount account) {
        return new StaffAccountView(
                account.id(), account.email(), account.displayName(), account.companyId(), account.roles());
    }
}
