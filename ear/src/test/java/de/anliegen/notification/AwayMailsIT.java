package de.anliegen.notification;

import static de.anliegen.support.ServiceRequests.STADTWERKE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.company.entity.Company;
import de.anliegen.conversation.entity.Conversation;
import de.anliegen.conversation.entity.Side;
import de.anliegen.identity.entity.StaffAccount;
import de.anliegen.notification.boundary.AwayMails;
import de.anliegen.platform.entity.OutboxMessage;
import de.anliegen.support.Api;
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
import java.util.function.Consumer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A consumer's message that waits the company's minutes while no one of it is in the portal is mailed about to the
 * agent the request is assigned to (issue 23): once, naming the request and linking to it, never with what the
 * consumer wrote; not while someone is in; again only once the company has read the request and a new message waits.
 * The looks are made at moments ahead of the clock, as the minute's timer would make them then.
 */
@OnEveryDatabase
@ExtendWith(ArquillianExtension.class)
class AwayMailsIT {

    private static final String AGENT = "agent@stadtwerke-musterstadt.example";
    private static final int MINUTES = 15;

    @Inject
    AwayMails awayMails;

    @PersistenceContext(unitName = "anliegen")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earTesting();
    }

    @Test
    void a_message_waiting_while_no_one_is_in_is_mailed_to_the_assigned_agent_once_without_its_words()
            throws Exception {
        var consumer = Consumers.signUp("Wanda", "Warten");
        ServiceRequests.connect(consumer.accessToken(), STADTWERKE);
        var sent = Instant.now();
        var reply = ServiceRequests.open(
                consumer.accessToken(),
                STADTWERKE,
                "Heizung kalt",
                "Seit gestern ist die Heizung kalt.",
                ServiceRequests.newId());
        assertEquals(201, reply.status(), reply::toString);
        var id = reply.json().getJsonNumber("id").longValue();
        var agent = account(AGENT);
        change(Conversation.class, id, request -> request.assign(agent, Instant.now()));
        var company = companyOf(agent);
        change(Company.class, company, stadtwerke -> stadtwerke.mailWhenAway(MINUTES));
        try {
            // not before the company's minutes
            awayMails.mailWaiting(sent.plus(Duration.ofMinutes(MINUTES - 1)));
            assertEquals(List.of(), mailsAbout(id));

            // someone is in (a page a minute ago): nothing, however long it waits
            var later = sent.plus(Duration.ofMinutes(MINUTES + 5));
            change(StaffAccount.class, agent, account -> account.seen(later.minusSeconds(60)));
            awayMails.mailWaiting(later);
            assertEquals(List.of(), mailsAbout(id));

            // no one is in since: the agent is mailed, once
            var away = later.plus(Duration.ofMinutes(5));
            assertTrue(awayMails.mailWaiting(away) >= 1);
            var mails = mailsAbout(id);
            assertEquals(1, mails.size(), mails::toString);
            var mail = mails.get(0);
            assertEquals("Eine Anfrage wartet auf Sie / A request awaits you", mail.subject());
            assertTrue(mail.body().contains("in der Anfrage Nr. " + id + " an Stadtwerke Musterstadt"), mail.body());
            assertTrue(mail.body().contains("/portal/inbox/conversation.xhtml?id=" + id + "\n"), mail.body());
            assertFalse(mail.body().contains("Heizung"), "neither the consumer's words nor the subject");
            awayMails.mailWaiting(away.plus(Duration.ofMinutes(30)));
            assertEquals(1, mailsAbout(id).size(), "no second mail while nobody has read it");

            // once read, a new message that waits is mailed about again
            change(Conversation.class, id, request -> request.markRead(Side.COMPANY, request.lastSeq()));
            ServiceRequests.send(consumer.accessToken(), id, "Hallo? Immer noch kalt.");
            awayMails.mailWaiting(away.plus(Duration.ofMinutes(MINUTES + 30)));
            assertEquals(2, mailsAbout(id).size());

            // a request no one of the company can open (its consumer disconnected) is no reason to mail
            change(Conversation.class, id, request -> request.markRead(Side.COMPANY, request.lastSeq()));
            ServiceRequests.send(consumer.accessToken(), id, "Ich melde mich woanders.");
            assertEquals(
                    204,
                    Api.delete("/api/v1/me/companies/" + STADTWERKE, consumer.accessToken())
                            .status());
            awayMails.mailWaiting(away.plus(Duration.ofMinutes(2 * MINUTES + 60)));
            assertEquals(2, mailsAbout(id).size());
        } finally {
            change(Company.class, company, stadtwerke -> stadtwerke.mailWhenAway(null));
            transaction.begin();
            em.createQuery("update StaffAccount a set a.lastSeenAt = null where a.id = :agent")
                    .setParameter("agent", agent)
                    .executeUpdate();
            transaction.commit();
        }
    }

    private long account(String email) {
        return em.createNamedQuery(StaffAccount.BY_EMAIL, StaffAccount.class)
                .setParameter("email", email)
                .getSingleResult()
                .id();
    }

    private long companyOf(long account) {
        return em.find(StaffAccount.class, account).companyId();
    }

    private <T> void change(Class<T> type, long id, Consumer<T> change) throws Exception {
        transaction.begin();
        change.accept(em.find(type, id));
        transaction.commit();
    }

    private List<OutboxMessage> mailsAbout(long id) {
        em.clear();
        return em.createQuery(
                        "select m from OutboxMessage m where m.recipient = :agent and m.body like :request"
                                + " order by m.id",
                        OutboxMessage.class)
                .setParameter("agent", AGENT)
                .setParameter("request", "%Anfrage Nr. " + id + " %")
                .getResultList();
    }
}
