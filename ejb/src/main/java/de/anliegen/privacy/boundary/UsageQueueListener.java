package de.anliegen.privacy.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Writes the queued visits of the usage log, a batch per message, in the queue's transaction: records that cannot be
 * written (database down) stay in the queue and are delivered again.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = UsageLog.QUEUE),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
        })
public class UsageQueueListener implements MessageListener {

    @Inject
    UsageRecords records;

    @Override
    public void onMessage(Message message) {
        try {
            records.store(VisitBatch.read(message.getBody(String.class)));
        } catch (JMSException e) {
            throw new IllegalStateException("Queued visits cannot be read", e);
        }
    }
}
