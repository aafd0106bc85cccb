package de.anliegen.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * One signed-in app of a consumer: a short-lived access token and a long-lived refresh token that changes with every
 * refresh. Both are kept only as SHA-256 hashes, so that they can be checked and revoked but never read back.
 */
@Entity
@Table(name = "consumer_session")
@NamedQuery(name = ConsumerSession.BY_ACCESS_HASH, query = """
        select s from ConsumerSession s where s.accessHash = :hash and s.endedAt is null""")
@NamedQuery(name = ConsumerSession.BY_ACCESS_HASHES, query = """
        select s from ConsumerSession s where s.accessHash in :hashes and s.endedAt is null""")
@NamedQuery(name = ConsumerSession.BY_REFRESH_HASH, query = """
        select s from ConsumerSession s where s.refreshHash = :hash and s.endedAt is null""")
@NamedQuery(name = ConsumerSession.BY_PREVIOUS_REFRESH_HASH, query = """
        select s from ConsumerSession s where s.previousRefreshHash = :hash and s.endedAt is null""")
@NamedQuery(name = ConsumerSession.END_ALL_OF_CONSUMER, query = """
        update ConsumerSession s set s.endedAt = :now where s.consumerId = :consumer and s.endedAt is null""")
@NamedQuery(name = ConsumerSession.END_OTHERS_OF_CONSUMER, query = """
        update ConsumerSession s set s.endedAt = :now
        where s.consumerId = :consumer and s.endedAt is null and s.accessHash <> :hash""")
@NamedQuery(name = ConsumerSession.OF_CONSUMER, query = """
        select s from ConsumerSession s where s.consumerId = :consumer order by s.id""")
public class ConsumerSession {

    public static final String BY_ACCESS_HASH = "ConsumerSession.byAccessHash";
    public static final String BY_ACCESS_HASHES = "ConsumerSession.byAccessHashes";
    public static final String BY_REFRESH_HASH = "ConsumerSession.byRefreshHash";
    public static final String BY_PREVIOUS_REFRESH_HASH = "ConsumerSession.byPreviousRefreshHash";
    public static final String END_ALL_OF_CONSUMER = "ConsumerSession.endAllOfConsumer";
    public static final String END_OTHERS_OF_CONSUMER = "ConsumerSession.endOthersOfConsumer";
    public static final String OF_CONSUMER = "ConsumerSession.ofConsumer";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consumer_id", nullable = false)
    private Long consumerId;

    @Column(name = "access_hash", nullable = false, unique = true, length = 64)
    private String accessHash;

    @Column(name = "access_expires_at", nullable = false)
    private Instant accessExpiresAt;

    @Column(name = "refresh_hash", nullable = false, unique = true, length = 64)
    private String refreshHash;

    /** The refresh token this one replaced: presented again, it shows a stolen token, and the session ends. */
    @Column(name = "previous_refresh_hash", length = 64)
    private String previousRefreshHash;

    @Column(name = "refresh_expires_at", nullable = false)
    private Instant refreshExpiresAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected ConsumerSession() {}

    public ConsumerSession(Long consumerId, Instant createdAt) {
        this.consumerId = consumerId;
        this.createdAt = createdAt;
    }

    /** New tokens (as hashes): the old access token stops working, the old refresh token becomes the previous one. */
    public void issue(String accessHash, Instant accessExpiresAt, String refreshHash, Instant refreshExpiresAt) {
        this.previousRefreshHash = this.refreshHash;
        this.accessHash = accessHash;
        this.accessExpiresAt = accessExpiresAt;
        this.refreshHash = refreshHash;
        this.refreshExpiresAt = refreshExpiresAt;
    }

    public void end(Instant now) {
        endedAt = now;
    }

    /**
     * What is left of this session when its consumer is erased: its refresh token's fingerprint, for as long as the
     * token would have worked, so that the app can be told; nothing for a session that has ended.
     */
    public Optional<ErasedSignIn> leftWhenErased(Instant now) {
        return endedAt == null && refreshValidAt(now)
                ? Optional.of(new ErasedSignIn(refreshHash, refreshExpiresAt))
                : Optional.empty();
    }

    public Long consumerId() {
        return consumerId;
    }

    public String accessHash() {
        return accessHash;
    }

    public boolean accessValidAt(Instant now) {
        return now.isBefore(accessExpiresAt);
    }

    public boolean refreshValidAt(Instant now) {
        return now.isBefore(refreshExpiresAt);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant refreshExpiresAt() {
        return refreshExpiresAt;
    }

    public Instant endedAt() {
        return endedAt;
    }
}
