package de.anliegen.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A device where the consumer switched notifications on: the push service's address for it and the keys its browser
 * gave for encrypting (RFC 8291). It lives as long as the sign-in that made it.
 */
@Entity
@Table(name = "push_subscription")
@NamedQuery(name = PushSubscription.OF_CONSUMER, query = """
        select s from PushSubscription s where s.consumerId = :consumer order by s.createdAt, s.id""")
@NamedQuery(name = PushSubscription.DELETE, query = """
        delete from PushSubscription s where s.id in :ids""")
public class PushSubscription {

    public static final String OF_CONSUMER = "PushSubscription.ofConsumer";
    /** Its waiting notifications go with it (the database's foreign key). */
    public static final String DELETE = "PushSubscription.delete";

    /** The app's own id for the device's subscription. */
    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "consumer_id", nullable = false)
    private long consumerId;

    /** The sign-in (consumer session) that made it: signing out of it removes the subscription. */
    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(nullable = false, length = 2048)
    private String endpoint;

    @Column(nullable = false, length = 100)
    private String p256dh;

    @Column(nullable = false, length = 32)
    private String auth;

    /** Whether notifications name the request's subject; otherwise only the company. */
    @Column(nullable = false)
    private boolean previews;

    /** {@code de} or {@code en}: the language the app is shown in. */
    @Column(nullable = false, length = 2)
    private String language;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PushSubscription() {}

    public PushSubscription(String id, long consumerId, long sessionId, Instant createdAt) {
        this.id = id;
        this.consumerId = consumerId;
        this.sessionId = sessionId;
        this.createdAt = createdAt;
    }

    /** The browser's current subscription and the person's choices for this device. */
    public void use(String endpoint, String p256dh, String auth, boolean previews, String language) {
        this.endpoint = endpoint;
        this.p256dh = p256dh;
        this.auth = auth;
        this.previews = previews;
        this.language = language;
    }

    public boolean belongsTo(long consumer) {
        return consumerId == consumer;
    }

    public boolean madeBy(long consumer, long session) {
        return consumerId == consumer && sessionId == session;
    }

    public String id() {
        return id;
    }

    public long sessionId() {
        return sessionId;
    }

    public String endpoint() {
        return endpoint;
    }

    public String p256dh() {
        return p256dh;
    }

    public String auth() {
        return auth;
    }

    public boolean previews() {
        return previews;
    }

    public String language() {
        return language;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
