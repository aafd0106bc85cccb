package de.anliegen.notification.boundary;

import de.anliegen.identity.boundary.ConsumerId;
import de.anliegen.identity.boundary.ConsumerSessions;
import de.anliegen.notification.control.PushTexts;
import de.anliegen.notification.entity.PushDelivery;
import de.anliegen.notification.entity.PushSubscription;
import de.anliegen.platform.boundary.PushMessage;
import de.anliegen.privacy.boundary.Consents;
import de.anliegen.privacy.boundary.Purpose;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Queues a notification for each device of the consumer that has notifications on, worded for that device's
 * choices, if the consumer's consent "notifications" holds. The queue is a table: what is queued is sent even after
 * a restart ({@link PushSender}).
 */
@Stateless
@PermitAll
public class Notifications {

    @PersistenceContext
    EntityManager em;

    @Inject
    PushKeys keys;

    @Inject
    Consents consents;

    @Inject
    ConsumerSessions sessions;

    @Inject
    Event<PushesQueued> queued;

    @Inject
    Clock clock;

    /** Queues the notifications of a batch in one transaction: how many went into the queue. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int queue(List<PushMessage> pushes) {
        if (keys.vapid().isEmpty()) {
            return 0;
        }
        var count = 0;
        for (var push : pushes) {
            count += queueOne(push);
        }
        if (count > 0) {
            queued.fire(new PushesQueued(count));
        }
        return count;
    }

    private int queueOne(PushMessage push) {
        var consumer = new ConsumerId(push.consumerId());
        if (!consents.holds(consumer, Purpose.NOTIFICATIONS)) {
            return 0;
        }
        var live = sessions.liveSessionsOf(consumer);
        var count = 0;
        for (var subscription : em.createNamedQuery(PushSubscription.OF_CONSUMER, PushSubscription.class)
                .setParameter("consumer", consumer.value())
                .getResultList()) {
            if (!live.contains(subscription.sessionId())) {
                em.remove(subscription); // its sign-in ended meanwhile
                continue;
            }
            var payload = PushTexts.payload(
                    push.title(),
                    push.subject(),
                    push.link(),
                    push.link(),
                    subscription.previews(),
                    subscription.language());
            em.persist(new PushDelivery(subscription.id(), payload, clock.instant()));
            count++;
        }
        return count;
    }
}
