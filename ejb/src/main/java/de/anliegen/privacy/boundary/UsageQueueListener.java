package de.anliegen.privacy.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Writes the queued visits of the usage log, in the queue's transaction: a record that cannot be written (database
 * down) stays in the queue and is delivered again.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = UsageLog.QUEUE),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
        })
public class UsageQueueListener implements MessageListener {

    @Inject
    UsageLog usageLog;

    @Override
    public void onMessage(Message message) {
        try {
            usageLog.store((MapMessage) message);
        } catch (JMSException e) {
            throw new IllegalStateException("A queued visit cannot be read", e);
        }
    }
}
