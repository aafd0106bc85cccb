package de.anliegen.identity.boundary;

import de.anliegen.identity.entity.StaffAccount;
import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** A staff account as its admins see it: roles, and whether it is active or its invitation still waits. */
public record StaffMember(
        long id,
        String email,
        String displayName,
        Long companyId,
        Set<String> roles,
        boolean active,
        boolean invitationPending,
        Instant createdAt)
        implements Serializable {

    static StaffMember of(StaffAccount account) {
        return new StaffMember(
                account.id(),
                account.email(),
                account.displayName(),
                account.companyId(),
                account.roles(),
                account.isActive(),
                account.isInvitationPending(),
                account.createdAt());
    }
}
