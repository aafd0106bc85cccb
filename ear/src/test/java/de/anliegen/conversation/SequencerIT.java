package de.anliegen.conversation;

import static de.anliegen.support.ServiceRequests.STADTWERKE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.audit.entity.AuditEvent;
import de.anliegen.conversation.control.SequencerBatch;
import de.anliegen.conversation.entity.OutboxEntry;
import de.anliegen.identity.boundary.ConsumerId;
import de.anliegen.identity.boundary.DataSubjects;
import de.anliegen.support.Api;
import de.anliegen.support.Consumers;
import de.anliegen.support.DataProtectionOfficer;
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

/** The sequencer inside the server: a bad outbox entry never blocks a stream; a restriction withdraws events. */
@OnEveryDatabase
@ExtendWith(ArquillianExtension.class)
class SequencerIT {

    @PersistenceContext(unitName = "anliegen")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Inject
    DataProtectionOfficer dpo;

    @Inject
    DataSubjects subjects;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earTesting();
    }

    @Test
    void an_entry_whose_conversation_is_gone_is_skipped_with_an_audit_entry_and_the_streams_go_on() throws Exception {
        var gone = 987_654_321L;
        transaction.begin();
        var poisoned = new OutboxEntry("message", gone, 1L, Instant.now());
        em.persist(poisoned);
        transaction.commit();
        var paula = Consumers.signUp("Paula", "Posteingang");
        ServiceRequests.connect(paula.accessToken(), STADTWERKE);

        try (var app = StreamClient.ready(paula.accessToken(), null)) {
            var conversation = ServiceRequests.open(paula.accessToken(), STADTWERKE, "Nach dem Fehler");
            var event = app.next("message");
            assertEquals(
                    conversation,
                    event.getJsonObject("conversation").getJsonNumber("id").longValue());
        }

        em.clear();
        assertNull(em.find(OutboxEntry.class, poisoned.id()), "the bad entry left the outbox");
        var audited = em.createQuery(
                        "select e from AuditEvent e where e.action = :action and e.objectRef = :object",
                        AuditEvent.class)
                .setParameter("action", SequencerBatch.SKIPPED)
                .setParameter("object", "conversation:" + gone)
                .getResultList();
        assertEquals(1, audited.size(), audited::toString);
        assertEquals("system", audited.get(0).actor());
        assertTrue(
                audited.get(0).detail().contains("no longer exists"),
                audited.get(0).detail());
    }

    @Test
    void restricting_a_consumer_withdraws_their_events_from_the_company_stream_and_keeps_their_own() throws Exception {
        var rita = Consumers.signUp("Rita", "Rückzug");
        ServiceRequests.connect(rita.accessToken(), STADTWERKE);
        try (var app = StreamClient.ready(rita.accessToken(), null)) {
            ServiceRequests.open(rita.accessToken(), STADTWERKE, "Bitte einschränken");
            app.next("message");
        }
        assertEquals(1, events("company:%", rita.id(), "message"));

        dpo.does(() -> subjects.restrict(new ConsumerId(rita.id())));

        assertEquals(0, events("company:%", rita.id(), "message"));
        assertEquals(1, events("consumer:" + rita.id(), rita.id(), "message"));
        // the company's open pages hear of it by a status event, rendered as the company may see the request now
        var until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (events("company:%", rita.id(), "status") == 0 && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        var told = em.createQuery("""
                        select e.json from StreamEvent e where e.streamKey like 'company:%' and e.kind = 'status'
                        and e.conversationId in (select c.id from Conversation c where c.consumerId = :consumer)""", String.class)
                .setParameter("consumer", rita.id())
                .getResultList();
        assertEquals(1, told.size(), told::toString);
        assertFalse(told.get(0).contains("Rita") || told.get(0).contains("Rückzug"), told.get(0));
        dpo.does(() -> subjects.lift(new ConsumerId(rita.id())));
    }

    @Test
    void a_restricted_consumers_read_and_delivered_markers_reach_their_own_app_and_not_the_company() throws Exception {
        var rosa = Consumers.signUp("Rosa", "Lesezeichen");
        ServiceRequests.connect(rosa.accessToken(), STADTWERKE);
        var conversation = ServiceRequests.open(rosa.accessToken(), STADTWERKE, "Gelesen?");
        ServiceRequests.send(ServiceRequests.stadtwerkeAgent().accessToken(), conversation, "Wir kümmern uns.");
        try (var app = StreamClient.ready(rosa.accessToken(), null)) {
            // unrestricted, the company hears the marker: the count below can find one
            marker(rosa.accessToken(), conversation, "delivered", 2);
            app.next("delivered");
            assertEquals(1, events("company:%", rosa.id(), "delivered:consumer"));

            dpo.does(() -> subjects.restrict(new ConsumerId(rosa.id())));
            marker(rosa.accessToken(), conversation, "read", 2);
            var read = app.next("read");
            assertEquals(2, read.getJsonNumber("upTo").longValue());
            assertEquals(0, events("company:%", rosa.id(), "read:consumer"), "a read marker of a restricted consumer");
            assertEquals(1, events("consumer:" + rosa.id(), rosa.id(), "read:consumer"));
        } finally {
            dpo.does(() -> subjects.lift(new ConsumerId(rosa.id())));
        }
    }

    private static void marker(String token, long conversation, String marker, long upTo) {
        var reply = Api.post("/api/v1/conversations/" + conversation + "/" + marker, "{\"upTo\":" + upTo + "}", token);
        assertEquals(200, reply.status(), reply::toString);
    }

    private long events(String streams, long consumer, String kind) {
        return em.createQuery("""
                        select count(e) from StreamEvent e where e.streamKey like :streams and e.kind = :kind
                        and e.conversationId in (select c.id from Conversation c where c.consumerId = :consumer)""", Long.class)
                .setParameter("streams", streams)
                .setParameter("consumer", consumer)
                .setParameter("kind", kind)
                .getSingleResult();
    }
}
