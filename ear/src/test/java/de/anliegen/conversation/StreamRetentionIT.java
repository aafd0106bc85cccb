package de.anliegen.conversation;

import static de.anliegen.support.ServiceRequests.STADTWERKE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.conversation.boundary.StreamRetention;
import de.anliegen.platform.entity.Lease;
import de.anliegen.platform.settings.Node;
import de.anliegen.support.AuditEntries;
import de.anliegen.support.Consumers;
import de.anliegen.support.Deployments;
import de.anliegen.support.OnEveryDatabase;
import de.anliegen.support.ServiceRequests;
import de.anliegen.support.StreamClient;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The streams keep their events for ANLIEGEN_STREAM_KEEP_DAYS (30); an app whose cursor is older reloads. The night's
 * run comes by itself, on one node.
 */
@OnEveryDatabase
@ExtendWith(ArquillianExtension.class)
class StreamRetentionIT {

    @Inject
    StreamRetention retention;

    @PersistenceContext(unitName = "anliegen")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earTesting();
    }

    @Test
    void events_older_than_the_setting_are_deleted_audited_and_an_app_that_missed_them_reloads() throws Exception {
        var rhea = Consumers.signUp("Rhea", "Rückblick");
        ServiceRequests.connect(rhea.accessToken(), STADTWERKE);
        var conversation = ServiceRequests.open(rhea.accessToken(), STADTWERKE, "Lange her");
        long cursor;
        try (var app = StreamClient.open(rhea.accessToken(), 0L)) {
            // the request's event is numbered a moment after its answer: before "ready", or just after it
            var first = app.next("message", "ready");
            var second = app.next(first.getString("type").equals("ready") ? "message" : "ready");
            cursor = (first.getString("type").equals("message") ? first : second)
                    .getJsonNumber("cursor")
                    .longValue();
        }
        transaction.begin();
        em.createQuery("update StreamEvent e set e.createdAt = :old where e.streamKey = :stream")
                .setParameter("old", Instant.now().minus(Duration.ofDays(31)))
                .setParameter("stream", "consumer:" + rhea.id())
                .executeUpdate();
        transaction.commit();

        var deleted = retention.apply();

        assertTrue(deleted >= 1, "deleted: " + deleted);
        var audited = AuditEntries.latest(em, StreamRetention.RAN);
        assertEquals("system", audited.actor());
        assertEquals("stream events deleted: " + deleted, audited.detail());
        try (var away = StreamClient.open(rhea.accessToken(), 0L)) {
            var first = away.next("reload", "message", "ready");
            assertEquals("reload", first.getString("type"), first::toString);
        }
        // an app that had everything goes on as before, and hears what comes next
        try (var app = StreamClient.ready(rhea.accessToken(), cursor)) {
            ServiceRequests.send(rhea.accessToken(), conversation, "Und heute?");
            var next = app.next("message");
            assertEquals(cursor + 1, next.getJsonNumber("cursor").longValue());
        }
    }

    @Test
    void the_nightly_run_comes_by_itself_once_on_the_node_that_leads_the_jobs() throws Exception {
        var job = "nightly:stream-retention";
        // a node sees a job first within five seconds, and counts it as run then
        var seen = Instant.now().plusSeconds(20);
        while (em.find(Lease.class, job) == null) {
            assertTrue(Instant.now().isBefore(seen), "the job was never looked at");
            Thread.sleep(200);
        }
        var runs = countRuns();
        transaction.begin();
        em.createQuery("update Lease l set l.doneAt = :then where l.name = :job")
                .setParameter("then", Instant.now().minus(Duration.ofDays(2)))
                .setParameter("job", job)
                .executeUpdate();
        transaction.commit();

        var until = Instant.now().plusSeconds(20);
        while (em.find(Lease.class, job).doneAt().isBefore(Instant.now().minusSeconds(60))) {
            assertTrue(Instant.now().isBefore(until), "the missed night did not run");
            Thread.sleep(200);
            em.clear();
        }
        Thread.sleep(6_000); // a look later: it is not due again
        assertEquals(runs + 1, countRuns());
        assertEquals(Node.name(), em.find(Lease.class, "nightly-jobs").holder());
        assertNull(em.find(Lease.class, job).holder(), "the job's own lease is given back");
    }

    private long countRuns() {
        return em.createQuery("select count(e) from AuditEvent e where e.action = :ran", Long.class)
                .setParameter("ran", StreamRetention.RAN)
                .getSingleResult();
    }
}
