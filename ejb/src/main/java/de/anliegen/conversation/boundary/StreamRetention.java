package de.anliegen.conversation.boundary;

import de.anliegen.audit.boundary.AuditTrail;
import de.anliegen.audit.boundary.Audited;
import de.anliegen.conversation.entity.StreamEvent;
import de.anliegen.platform.jobs.NightlyJob;
import de.anliegen.platform.settings.Setting;
import de.anliegen.platform.settings.Settings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.logging.Logger;

/**
 * Keeps the streams' events no longer than reconnecting apps need them (ANLIEGEN_STREAM_KEEP_DAYS): every night the
 * older ones are deleted, and the run goes into the audit trail. An app whose cursor is older than the oldest event
 * kept is told to reload (ADR 0005); the conversations and messages themselves are not touched.
 */
@Stateless
@LocalBean
// both views: the nightly jobs find it by its interface, tests and other beans by its class
@Local(NightlyJob.class)
@PermitAll
public class StreamRetention implements NightlyJob {

    public static final String RAN = "stream.retention";

    private static final Logger LOG = Logger.getLogger(StreamRetention.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "stream-retention";
    }

    @Override
    public LocalTime at() {
        return LocalTime.of(3, 27);
    }

    @Override
    public void run() {
        apply();
    }

    /** Deletes the events older than the setting allows; answers how many. */
    public int apply() {
        var before = clock.instant().minus(Duration.ofDays(settings.getInt(Setting.STREAM_KEEP_DAYS)));
        var deleted = em.createNamedQuery(StreamEvent.DELETE_BEFORE)
                .setParameter("before", before)
                .executeUpdate();
        audit.record(
                new Audited(RAN, Audited.RETENTION, null, "stream-events", null, "stream events deleted: " + deleted));
        LOG.info("Stream event retention: " + deleted + " events deleted");
        return deleted;
    }
}
