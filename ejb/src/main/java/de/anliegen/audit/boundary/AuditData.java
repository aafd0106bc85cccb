package de.anliegen.audit.boundary;

import de.anliegen.audit.entity.AuditEvent;
import de.anliegen.identity.boundary.ConsumerId;
import de.anliegen.privacy.boundary.ExportWriter;
import de.anliegen.privacy.boundary.Pages;
import de.anliegen.privacy.boundary.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The audit trail's entries about a consumer: who touched their data, when and why. Erasure keeps the entries (they are
 * the proof of what was done) and empties their personal detail; the chain still verifies, and nothing left names the
 * person.
 */
@ApplicationScoped
public class AuditData implements PersonalData {

    private static final int PAGE = 1_000;

    @PersistenceContext
    EntityManager em;

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void export(ConsumerId consumer, ExportWriter writer) {
        writer.startSection("auditTrail");
        Pages.each(
                em,
                PAGE,
                after -> em.createNamedQuery(AuditEvent.ABOUT_FROM, AuditEvent.class)
                        .setParameter("consumer", consumer.value())
                        .setParameter("after", after)
                        .setMaxResults(PAGE)
                        .getResultList(),
                AuditEvent::seq,
                event -> writer.item(
                        "seq", event.seq(),
                        "at", event.occurredAt(),
                        "who", event.actor(),
                        "action", event.action(),
                        "purpose", event.purpose(),
                        "object", event.objectRef(),
                        "case", event.caseId(),
                        "detail", event.detail()));
        writer.endSection();
    }

    @Override
    public void erase(ConsumerId consumer) {
        em.createNamedQuery(AuditEvent.ERASE_DETAILS)
                .setParameter("consumer", consumer.value())
                .executeUpdate();
    }
}
