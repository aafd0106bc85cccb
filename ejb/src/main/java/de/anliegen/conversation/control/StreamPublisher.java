package de.anliegen.conversation.control;

import de.anliegen.conversation.boundary.PushNotice;
import de.anliegen.conversation.boundary.Recorded;
import de.anliegen.identity.boundary.AccessTokensEnded;
import de.anliegen.platform.gateways.PushGateway;
import de.anliegen.platform.gateways.PushMessage;
import de.anliegen.platform.settings.Node;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Topic;
import java.util.List;
import java.util.logging.Logger;

/**
 * What goes to every server node over the topic: the doorbell after each batch of the sequencer (each node then
 * reads the new events from the database), a wake-up call for the sequencer from the nodes that do not run it, and
 * typing, which is never kept, once its transaction has committed; that a consumer's access tokens ended; which
 * requests an erasure deleted. And the push notifications a batch calls for. A node that misses a message on the topic
 * loses nothing lasting: it reads the stored events within a second anyway, and a page open on an erased request
 * learns that it is gone at its agent's next step.
 */
@Stateless
@PermitAll
// the committed transaction is still on the thread after success: suspend it, or JMS and EJB calls fail
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StreamPublisher {

    public static final String TOPIC = "java:/jms/topic/anliegen-events";
    public static final String STREAM = "stream";
    public static final String SEQ = "seq";
    /** Set on a doorbell: the node whose sequencer stored new events. */
    public static final String DOORBELL_OF = "doorbellOf";
    /** Set on a wake-up call: the node (not the sequencer's) on which new outbox entries were committed. */
    public static final String OUTBOXED_ON = "outboxedOn";
    /** Set on the news that a consumer's access tokens ended: the consumer's id (ADR 27). */
    public static final String TOKENS_ENDED_OF = "tokensEndedOf";
    /** Set on the news that an erasure deleted a request: the request's id, and its company's beside it. */
    public static final String ERASED = "erased";

    public static final String ERASED_COMPANY = "erasedCompany";

    private static final Logger LOG = Logger.getLogger(StreamPublisher.class.getName());

    @Inject
    JMSContext jms;

    @Resource(lookup = TOPIC)
    Topic topic;

    @Inject
    PushGateway push;

    public void publish(@Observes(during = TransactionPhase.AFTER_SUCCESS) Recorded recorded) {
        try {
            for (var message : recorded.messages()) {
                // the database keeps the events; the topic need not write them to its journal
                jms.createProducer()
                        .setDeliveryMode(DeliveryMode.NON_PERSISTENT)
                        .setProperty(STREAM, message.streamKey())
                        .setProperty(SEQ, message.seq())
                        .send(topic, message.json());
            }
        } catch (JMSRuntimeException e) {
            LOG.warning("Could not publish typing: " + e.getClass().getName());
        }
    }

    /**
     * Tells every node which requests an erasure deleted, once it has committed: the pages open on them drop them. Lost,
     * a page shows such a request until its agent acts on it, and is told then that it is gone.
     */
    public void erased(@Observes(during = TransactionPhase.AFTER_SUCCESS) StreamWithdrawal.Erased erased) {
        try {
            for (var gone : erased.conversations()) {
                jms.createProducer()
                        .setDeliveryMode(DeliveryMode.NON_PERSISTENT)
                        .setProperty(ERASED, gone.conversation().value())
                        .setProperty(ERASED_COMPANY, gone.company().value())
                        .send(topic, "");
            }
        } catch (JMSRuntimeException e) {
            LOG.warning("Could not tell the portal pages of "
                    + erased.conversations().size() + " erased requests: "
                    + e.getClass().getName());
        }
    }

    /** Tells the other nodes that new events are stored; they read them within a second anyway. */
    public void ring() {
        signal(DOORBELL_OF, "ring the other nodes");
    }

    /**
     * Tells the node whose sequencer works (whichever it is) that new entries wait in the outbox; it looks within
     * {@value Sequencer#IDLE_MILLIS} ms anyway.
     */
    public void wakeSequencer() {
        signal(OUTBOXED_ON, "wake the sequencer");
    }

    /**
     * Tells every node that a consumer's access tokens ended, once that has committed: none lets them in from its
     * memory of tokens found valid (ADR 27). Lost, a node's memory of them lasts its {@code MOST_AGE} at most.
     */
    public void tokensEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccessTokensEnded ended) {
        signal(TOKENS_ENDED_OF, ended.consumer().value(), "tell the other nodes of ended access tokens");
    }

    /** An empty message to every node, naming this node in {@code property}: lost, it only delays. */
    private void signal(String property, String what) {
        signal(property, Node.name(), what);
    }

    private void signal(String property, Object value, String what) {
        try {
            jms.createProducer()
                    .setDeliveryMode(DeliveryMode.NON_PERSISTENT)
                    .setProperty(property, value)
                    .send(topic, "");
        } catch (JMSRuntimeException e) {
            LOG.fine(() -> "Could not " + what + ": " + e);
        }
    }

    /**
     * Push notifications to consumers without an open app: which company answered where, never the text. On a thread
     * of its own, so that the sequencer goes on numbering meanwhile; the batch's notifications are queued together.
     */
    @Asynchronous
    public void push(List<PushNotice> notices) {
        if (notices.isEmpty()) {
            return;
        }
        try {
            push.sendAll(notices.stream()
                    .map(notice -> new PushMessage(
                            notice.consumerId(),
                            notice.companyName(),
                            "Neue Antwort auf Ihr Anliegen / New answer to your request",
                            "/app/#/conversations/" + notice.conversationId(),
                            notice.subject()))
                    .toList());
        } catch (RuntimeException e) {
            LOG.warning("Push notifications of " + notices.size() + " answers failed: "
                    + e.getClass().getName());
        }
    }
}
