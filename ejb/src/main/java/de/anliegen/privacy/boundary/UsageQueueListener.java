package de.anliegen.privacy.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.List;
import java.util.logging.Logger;

/**
 * Writes the queued visits of the usage log, a batch per message, in the queue's transaction: records that cannot be
 * written (database down) stay in the queue and are delivered again, later and later, for as long as it takes
 * (configure.cli); never to a dead-letter queue, which no retention or erasure reaches. A message that is no batch of
 * visits at all is logged and dropped: tried again, it would never become one.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = UsageLog.QUEUE),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
        })
public class UsageQueueListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(UsageQueueListener.class.getName());

    @Inject
    UsageRecords records;

    @Override
    public void onMessage(Message message) {
        List<Visit> visits;
        try {
            visits = VisitBatch.read(message.getBody(String.class));
        } catch (JMSException | RuntimeException e) {
            LOG.warning("A message of the usage queue is no batch of visits and is dropped: " + e);
            return;
        }
        records.store(visits);
    }
}
