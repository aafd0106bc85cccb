package de.anliegen.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A notification waiting to go to one device: kept in the database, so that a restart loses none. Sent at once;
 * after a failure tried again later, each time later, and given up after the last wait.
 */
@Entity
@Table(name = "push_delivery")
@NamedQuery(name = PushDelivery.DUE_WITH_DEVICES, query = """
        select d.id, s.id, s.endpoint, s.p256dh, s.auth, d.payload
        from PushDelivery d, PushSubscription s
        where s.id = d.subscriptionId and d.dueAt <= :now order by d.dueAt, d.id""")
@NamedQuery(name = PushDelivery.CLAIM, query = """
        update PushDelivery d set d.dueAt = :until where d.id in :ids""")
@NamedQuery(name = PushDelivery.DELETE, query = """
        delete from PushDelivery d where d.id in :ids""")
public class PushDelivery {

    public static final String DUE_WITH_DEVICES = "PushDelivery.dueWithDevices";
    public static final String CLAIM = "PushDelivery.claim";
    public static final String DELETE = "PushDelivery.delete";
    /** The waits after the 1st, 2nd … failed attempt; after the last one the notification is given up. */
    public static final List<Duration> RETRY_AFTER =
            List.of(Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofMinutes(10), Duration.ofHours(1));

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subscription_id", nullable = false, length = 36)
    private String subscriptionId;

    /** The notification as the app's service worker reads it (JSON), encrypted only when it is sent. */
    @Column(nullable = false, length = 1000)
    private String payload;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PushDelivery() {}

    public PushDelivery(String subscriptionId, String payload, Instant now) {
        this.subscriptionId = subscriptionId;
        this.payload = payload;
        this.dueAt = now;
        this.createdAt = now;
    }

    /** A failed attempt: due again after the next wait; false when there is none left (give up). */
    public boolean failed(Instant now) {
        attempts++;
        if (attempts > RETRY_AFTER.size()) {
            return false;
        }
        dueAt = now.plus(RETRY_AFTER.get(attempts - 1));
        return true;
    }

    public long id() {
        return id;
    }

    public String subscriptionId() {
        return subscriptionId;
    }

    public String payload() {
        return payload;
    }

    public int attempts() {
        return attempts;
    }

    public Instant dueAt() {
        return dueAt;
    }
}
