package de.anliegen.conversation;

import static de.anliegen.support.ServiceRequests.STADTWERKE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.conversation.boundary.UnsentUploadRetention;
import de.anliegen.support.Api;
import de.anliegen.support.AuditEntries;
import de.anliegen.support.Consumers;
import de.anliegen.support.Deployments;
import de.anliegen.support.OnEveryDatabase;
import de.anliegen.support.ServiceRequests;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Uploads that never went with a message: after a day they no longer count against the limit of waiting uploads, and
 * the night deletes them with their bytes; a sent attachment stays however old.
 */
@OnEveryDatabase
@ExtendWith(ArquillianExtension.class)
class UnsentUploadRetentionIT {

    private static final byte[] PDF = "%PDF-1.4\n".getBytes();

    @Inject
    UnsentUploadRetention retention;

    @PersistenceContext(unitName = "anliegen")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earTesting();
    }

    @Test
    void uploads_left_unsent_for_a_day_stop_counting_and_are_deleted_at_night_while_sent_ones_stay() throws Exception {
        var vera = Consumers.signUp("Vera", "Vergessen");
        ServiceRequests.connect(vera.accessToken(), STADTWERKE);
        var id = ServiceRequests.open(vera.accessToken(), STADTWERKE, "Liegen gelassen");
        var sent = upload(vera.accessToken(), id, "sent.pdf");
        var message = Api.post(
                "/api/v1/conversations/" + id + "/messages",
                "{\"clientMessageId\":\"" + ServiceRequests.newId() + "\",\"text\":\"Mit Anhang\",\"attachmentIds\":["
                        + sent + "]}",
                vera.accessToken());
        assertEquals(201, message.status(), message::toString);
        for (var i = 0; i < 20; i++) {
            upload(vera.accessToken(), id, "left-" + i + ".pdf");
        }
        var blocked = Attachments.upload(vera.accessToken(), id, "application/pdf", "one-more.pdf", PDF);
        assertEquals(409, blocked.status(), blocked::toString);

        // a day and more later
        transaction.begin();
        em.createQuery("update Attachment a set a.uploadedAt = :old where a.conversationId = :conversation")
                .setParameter("old", Instant.now().minus(Duration.ofHours(25)))
                .setParameter("conversation", id)
                .executeUpdate();
        transaction.commit();
        var fresh = upload(vera.accessToken(), id, "fresh.pdf");

        var deleted = retention.apply();

        assertTrue(deleted >= 20, "deleted: " + deleted);
        assertEquals(
                List.of(sent, fresh),
                em.createQuery(
                                "select a.id from Attachment a where a.conversationId = :conversation order by a.id",
                                Long.class)
                        .setParameter("conversation", id)
                        .getResultList(),
                "the sent attachment and the fresh upload stay");
        assertEquals(
                200,
                Attachments.download(vera.accessToken(), id, sent).statusCode(),
                "the sent attachment's bytes stay");
        var audited = AuditEntries.latest(em, UnsentUploadRetention.RAN);
        assertEquals("system", audited.actor());
        assertEquals("uploads never sent deleted: " + deleted, audited.detail());
    }

    private static long upload(String token, long conversation, String name) {
        var reply = Attachments.upload(token, conversation, "application/pdf", name, PDF);
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getJsonNumber("id").longValue();
    }
}
