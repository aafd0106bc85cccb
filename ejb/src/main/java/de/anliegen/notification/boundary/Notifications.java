package de.anliegen.notification.boundary;

import de.anliegen.identity.boundary.ConsumerId;
import de.anliegen.identity.boundary.ConsumerSessions;
import de.anliegen.notification.control.PushTexts;
import de.anliegen.notification.entity.PushDelivery;
import de.anliegen.platform.gateways.PushMessage;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

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
        // a batch may answer one consumer several times: their consent and devices are read once
        var byConsumer = pushes.stream()
                .collect(Collectors.groupingBy(PushMessage::consumerId, LinkedHashMap::new, Collectors.toList()));
        var count = 0;
        for (var entry : byConsumer.entrySet()) {
            count += queue(new ConsumerId(entry.getKey()), entry.getValue());
        }
        if (count > 0) {
            queued.fire(new PushesQueued(count));
        }
        return count;
    }

    private int queue(ConsumerId consumer, List<PushMessage> pushes) {
        if (!consents.holds(consumer, Purpose.NOTIFICATIONS)) {
            return 0;
        }
        var live = sessions.liveSessionsOf(consumer);
        var count = 0;
        for (var subscription : PushSubscriptions.of(em, consumer)) {
            if (!live.contains(subscription.sessionId())) {
                em.remove(subscription); // its sign-in ended meanwhile
                continue;
            }
            for (var push : pushes) {
                var payload = PushTexts.payload(
                        push.title(), push.subject(), push.link(), subscription.previews(), subscription.language());
                em.persist(new PushDelivery(subscription.id(), payload, clock.instant()));
                count++;
            }
        }
        return count;
    }
}
