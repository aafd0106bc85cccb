package de.anliegen.conversation.control;

import de.anliegen.conversation.boundary.Recorded;
import de.anliegen.platform.boundary.PushGateway;
import de.anliegen.platform.boundary.PushMessage;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
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
import java.util.logging.Logger;

/**
 * Once a transaction has committed, its events go to the topic that every server node listens to, and push
 * notifications go out. A node that misses an event (down, topic trouble) costs nothing lasting: sockets catch up
 * from the database.
 */
@Stateless
@PermitAll
// the committed transaction is still on the thread after success: suspend it, or JMS and EJB calls fail
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StreamPublisher {

    public static final String TOPIC = "java:/jms/topic/anliegen-events";
    public static final String STREAM = "stream";
    public static final String SEQ = "seq";

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
            LOG.warning("Could not publish stream events; sockets will catch up on their next event or reconnect: "
                    + e.getClass().getName());
        }
        for (var notice : recorded.pushes()) {
            try {
                push.send(new PushMessage(
                        notice.consumerId(),
                        notice.companyName(),
                        "Neue Antwort auf Ihr Anliegen / New answer to your request",
                        "/app/#/conversations/" + notice.conversationId()));
            } catch (RuntimeException e) {
                LOG.warning("Push notification to consumer " + notice.consumerId() + " failed: "
                        + e.getClass().getName());
            }
        }
    }
}
