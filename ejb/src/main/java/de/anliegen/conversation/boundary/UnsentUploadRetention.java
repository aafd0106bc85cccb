package de.anliegen.conversation.boundary;

import de.anliegen.audit.boundary.AuditTrail;
import de.anliegen.audit.boundary.Audited;
import de.anliegen.conversation.entity.Attachment;
import de.anliegen.platform.jobs.NightlyJob;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalTime;
import java.util.logging.Logger;

/**
 * Deletes every night the uploads that never went with a message (the app was closed before sending, or lost them):
 * a photo or document kept for nothing is personal data without a purpose. An upload waits
 * {@link Attachments#WAITING_KEPT} for its message; the run goes into the audit trail.
 */
@Stateless
@LocalBean
// both views: the nightly jobs find it by its interface, tests and other beans by its class
@Local(NightlyJob.class)
@PermitAll
public class UnsentUploadRetention implements NightlyJob {

    public static final String RAN = "attachment.unsent-retention";

    private static final Logger LOG = Logger.getLogger(UnsentUploadRetention.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "unsent-upload-retention";
    }

    @Override
    public LocalTime at() {
        return LocalTime.of(3, 37);
    }

    @Override
    public void run() {
        apply();
    }

    /** Deletes the uploads that waited longer than {@link Attachments#WAITING_KEPT}, with their bytes; how many. */
    public int apply() {
        var deleted = em.createNamedQuery(Attachment.DELETE_UNSENT_BEFORE)
                .setParameter("before", clock.instant().minus(Attachments.WAITING_KEPT))
                .executeUpdate();
        audit.record(new Audited(
                RAN, Audited.RETENTION, null, "attachments", null, "uploads never sent deleted: " + deleted));
        LOG.info("Unsent upload retention: " + deleted + " uploads deleted");
        return deleted;
    }
}
