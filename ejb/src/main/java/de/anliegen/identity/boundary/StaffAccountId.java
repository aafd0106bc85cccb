package de.anliegen.identity.boundary;

import java.util.Optional;

/** Which staff account (an agent, an admin, the data protection officer), across components and layers. */
public record StaffAccountId(long value) {

    private static final String ACTOR_PREFIX = "staff:";

    /** How the audit trail names the account as the one who acted. */
    public String actorName() {
        return ACTOR_PREFIX + value;
    }

    /** The account an audit entry's actor names; empty for a consumer or the server. */
    public static Optional<StaffAccountId> ofActorName(String actor) {
        if (actor == null || !actor.startsWith(ACTOR_PREFIX)) {
            return Optional.empty();
        }
        return Optional.of(new StaffAccountId(Long.parseLong(actor.substring(ACTOR_PREFIX.length()))));
    }
}
