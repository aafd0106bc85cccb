package de.anliegen.conversation.boundary;

import de.anliegen.conversation.control.Sequencer;
import de.anliegen.conversation.control.StreamPublisher;
import de.anliegen.conversation.control.StreamTail;
import de.anliegen.identity.boundary.CompanyId;
import de.anliegen.identity.boundary.ConsumerId;
import de.anliegen.identity.boundary.SignedInTokens;
import de.anliegen.platform.settings.Node;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.logging.Logger;

/**
 * This node's copy of what goes over the topic (a non-durable subscription: one copy per node): a doorbell of another
 * node's sequencer makes this node read the new events; a wake-up call from another node starts this node's sequencer
 * if it numbers; the news that a consumer's access tokens ended makes this node forget those it found valid; the news
 * of an erased request goes to this node's portal pages as a CDI event {@link ConversationErased}; typing goes to the
 * sockets open on this node as a CDI event {@link StreamMessage}.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = StreamPublisher.TOPIC),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
            @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "NonDurable"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
        })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StreamTopicListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(StreamTopicListener.class.getName());

    @Inject
    Event<StreamMessage> arrived;

    @Inject
    Event<ConversationErased> erased;

    @Inject
    StreamTail tail;

    @Inject
    Sequencer sequencer;

    @Inject
    SignedInTokens signedIn;

    @Override
    public void onMessage(Message message) {
        try {
            if (message.propertyExists(StreamPublisher.OUTBOXED_ON)) {
                sequencer.wakeUp();
                return;
            }
            if (message.propertyExists(StreamPublisher.TOKENS_ENDED_OF)) {
                signedIn.forget(new ConsumerId(message.getLongProperty(StreamPublisher.TOKENS_ENDED_OF)));
                return;
            }
            if (message.propertyExists(StreamPublisher.ERASED)) {
                erased.fire(new ConversationErased(
                        new CompanyId(message.getLongProperty(StreamPublisher.ERASED_COMPANY)),
                        new ConversationId(message.getLongProperty(StreamPublisher.ERASED))));
                return;
            }
            if (message.propertyExists(StreamPublisher.DOORBELL_OF)) {
                if (!Node.name().equals(message.getStringProperty(StreamPublisher.DOORBELL_OF))) {
                    tail.ring();
                }
                return;
            }
            arrived.fire(new StreamMessage(
                    message.getStringProperty(StreamPublisher.STREAM),
                    message.getLongProperty(StreamPublisher.SEQ),
                    ((TextMessage) message).getText()));
        } catch (JMSException | RuntimeException e) {
            // never thrown back to the topic: a redelivered event would end in the dead-letter queue, and sockets
            // catch up from the database anyway
            LOG.warning("A stream event could not be handed to this node's sockets: "
                    + e.getClass().getName());
        }
    }
}
