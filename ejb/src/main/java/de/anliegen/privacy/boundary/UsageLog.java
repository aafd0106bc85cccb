package de.anliegen.privacy.boundary;

import de.anliegen.identity.boundary.ConsumerContacts;
import de.anliegen.identity.boundary.ConsumerId;
import de.anliegen.identity.boundary.StaffAccounts;
import de.anliegen.privacy.control.IpLocations;
import de.anliegen.privacy.control.UserAgents;
import de.anliegen.privacy.entity.UsageRecord;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * The usage log of the privacy notice, for quality assurance only. The request path only hands the visit to a
 * persistent JMS queue (journalled before the request answers, so nothing is lost when the server stops); the
 * queue's listener works out browser, system, device and location and writes the record.
 */
@Stateless
@PermitAll
public class UsageLog {

    public static final String QUEUE = "java:/jms/queue/anliegen-usage";

    @PersistenceContext
    EntityManager em;

    @Inject
    JMSContext jms;

    @Resource(lookup = QUEUE)
    Queue queue;

    @Inject
    UserAgents userAgents;

    @Inject
    IpLocations locations;

    // an EJB reference, not a CDI injection: identity's boundaries may log in turn
    @EJB
    StaffAccounts staffAccounts;

    @EJB
    ConsumerContacts consumers;

    /** Queues the visit; called by the web layer after the request has been answered. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void record(Visit visit) {
        var message = jms.createMapMessage();
        try {
            message.setLong("at", visit.at().toEpochMilli());
            message.setString("principal", visit.principal());
            message.setBoolean("consumer", visit.consumer());
            message.setString("ip", visit.ip());
            message.setString("userAgent", visit.userAgent());
            message.setString("method", visit.method());
            message.setString("endpoint", visit.endpoint());
            message.setInt("status", visit.status());
            if (visit.conversationId() != null) {
                message.setLong("conversation", visit.conversationId());
            }
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
        jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(queue, message);
    }

    /** Writes the record of a queued visit; called by the queue's listener in its transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void store(MapMessage message) throws JMSException {
        var principal = message.getString("principal");
        Long consumer = null;
        Long staff = null;
        if (message.getBoolean("consumer")) {
            var id = ConsumerId.ofPrincipalName(principal);
            if (!consumers.exists(id)) {
                return; // deleted meanwhile: the log keeps nothing of them
            }
            consumer = id.value();
        } else {
            staff = staffAccounts.idOf(principal).orElse(null);
        }
        var ip = message.getString("ip");
        var described = userAgents.describe(message.getString("userAgent"));
        em.persist(new UsageRecord(
                Instant.ofEpochMilli(message.getLong("at")),
                consumer,
                staff,
                ip == null ? "unknown" : ip,
                locations.of(ip),
                described.browser(),
                described.operatingSystem(),
                described.device(),
                message.getString("method"),
                message.getString("endpoint"),
                message.getInt("status"),
                message.itemExists("conversation") ? message.getLong("conversation") : null));
        em.flush();
    }
}
