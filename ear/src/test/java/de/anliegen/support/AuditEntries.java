package de.anliegen.support;

import de.anliegen.audit.entity.AuditEvent;
import jakarta.persistence.EntityManager;

/** For in-container tests of what a job or a person's action left in the audit trail. */
public final class AuditEntries {

    private AuditEntries() {}

    /** The newest entry of {@code action}; fails if there is none. */
    public static AuditEvent latest(EntityManager em, String action) {
        return em.createQuery(
                        "select e from AuditEvent e where e.action = :action order by e.seq desc", AuditEvent.class)
                .setParameter("action", action)
                .setMaxResults(1)
                .getSingleResult();
    }
}
