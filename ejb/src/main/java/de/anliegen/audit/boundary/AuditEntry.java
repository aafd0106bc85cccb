package de.anliegen.audit.boundary;

import de.anliegen.audit.entity.AuditEvent;
import java.io.Serializable;
import java.time.Instant;

/** One entry of the audit trail as the data protection officer reads and exports it. */
public record AuditEntry(
        long seq,
        Instant occurredAt,
        String actor,
        String action,
        String purpose,
        Long consumerId,
        String objectRef,
        Long caseId,
        String detail,
        String hash)
        implements Serializable {

    static AuditEntry of(AuditEvent event) {
        return new AuditEntry(
                event.seq(),
                event.occurredAt(),
                event.actor(),
                event.action(),
                event.purpose(),
                event.consumerId(),
                event.objectRef(),
                event.caseId(),
                event.detail(),
                event.hash());
    }
}
