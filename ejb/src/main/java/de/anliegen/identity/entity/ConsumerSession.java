package de.anliegen.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One signed-in app of a consumer: a short-lived access token and a long-lived refresh token that changes with every
 * refresh. Both are kept only as SHA-256 hashes, so that they can be checked and revoked but never read back. Every
 * refresh token of the session begins with the session's random family name: one of its earlier tokens presented
 * again shows a stolen token, and ends the session (ADR 0004). However often it is refreshed, the session ends at
 * the latest a set time after the sign-in.
 */
@Entity
@Table(name = "consumer_session")
@NamedQuery(name = ConsumerSession.BY_ACCESS_HASH, query = """
        select s from ConsumerSession s where s.accessHash = :hash and s.endedAt is null""")
@NamedQuery(name = ConsumerSession.BY_ACCESS_HASHES, query = """
        select s from ConsumerSession s where s.accessHash in :hashes and s.endedAt is null""")
@NamedQuery(name = ConsumerSession.BY_REFRESH_HASH, query = """
        select s from ConsumerSession s where s.refreshHash = :hash and s.endedAt is null""")
@NamedQuery(name = ConsumerSession.BY_FAMILY, query = """
        select s from ConsumerSession s where s.family = :family and s.endedAt is null""")
@NamedQuery(name = ConsumerSession.END_ALL_OF_CONSUMER, query = """
        update ConsumerSession s set s.endedAt = :now where s.consumerId = :consumer and s.endedAt is null""")
@NamedQuery(name = ConsumerSession.END_OTHERS_OF_CONSUMER, query = """
        update ConsumerSession s set s.endedAt = :now
        where s.consumerId = :consumer and s.endedAt is null and s.accessHash <> :hash""")
@NamedQuery(name = ConsumerSession.LIVE_IDS_OF_CONSUMER, query = """
        select s.id from ConsumerSession s
        where s.consumerId = :consumer and s.endedAt is null and s.refreshExpiresAt > :now""")
@NamedQuery(name = ConsumerSession.OF_CONSUMER, query = """
        select s from ConsumerSession s where s.consumerId = :consumer order by s.id""")
public class ConsumerSession {

    public static final String LIVE_IDS_OF_CONSUMER = "ConsumerSession.liveIdsOfConsumer";
    public static final String BY_ACCESS_HASH = "ConsumerSession.byAccessHash";
    public static final String BY_ACCESS_HASHES = "ConsumerSession.byAccessHashes";
    public static final String BY_REFRESH_HASH = "ConsumerSession.byRefreshHash";
    public static final String BY_FAMILY = "ConsumerSession.byFamily";
    public static final String END_ALL_OF_CONSUMER = "ConsumerSession.endAllOfConsumer";
    public static final String END_OTHERS_OF_CONSUMER = "ConsumerSession.endOthersOfConsumer";
    public static final String OF_CONSUMER = "ConsumerSession.ofConsumer";

    /**
     * How long the refresh token a refresh used up may still renew the session, once: an app whose answer was lost
     * on the way (a phone between networks) tries again within it.
     */
    public static final Duration RETRY_GRACE = Duration.ofMinutes(2);

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

    /** The random name every refresh token of the session begins with; none for a session older than families. */
    @Column(name = "refresh_family", unique = true, length = 43)
    private String family;

    @Column(name = "refresh_expires_at", nullable = false)
    private Instant refreshExpiresAt;

    /** The refresh token the last refresh used up, which may renew the session once more until {@link #replacedValidUntil}. */
    @Column(name = "replaced_refresh_hash", length = 64)
    private String replacedHash;

    @Column(name = "replaced_valid_until")
    private Instant replacedValidUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected ConsumerSession() {}

    public ConsumerSession(Long consumerId, String family, Instant createdAt) {
        this.consumerId = consumerId;
        this.family = family;
        this.createdAt = createdAt;
    }

    /**
     * New tokens (as hashes), valid for these durations from now but not past the session's end ({@code lifetime}
     * after the sign-in): the old tokens stop working.
     */
    public void issue(
            String accessHash,
            String refreshHash,
            Instant now,
            Duration accessFor,
            Duration refreshFor,
            Duration lifetime) {
        var end = createdAt.plus(lifetime);
        if (this.refreshHash != null) {
            this.replacedHash = this.refreshHash;
            this.replacedValidUntil = earlier(now.plus(RETRY_GRACE), refreshExpiresAt);
        }
        this.accessHash = accessHash;
        this.accessExpiresAt = earlier(now.plus(accessFor), end);
        this.refreshHash = refreshHash;
        this.refreshExpiresAt = earlier(now.plus(refreshFor), end);
    }

    /**
     * Whether {@code refreshHash} is of the token the last refresh used up, presented again within {@link #RETRY_GRACE}
     * of that refresh: the app that never received the refresh's answer, trying again. Any other used-up token is
     * someone else's copy.
     */
    public boolean isRetryOfLastRefresh(String refreshHash, Instant now) {
        return endedAt == null
                && replacedHash != null
                && replacedHash.equals(refreshHash)
                && now.isBefore(replacedValidUntil);
    }

    /**
     * After a pair was issued for a retry of the last refresh: the token it replaced never reached the app that
     * retried, so no one may renew with it. Else a thief and the app, each refreshing with the token the other's
     * refresh replaced, would share the session for good instead of ending it.
     */
    public void closeRetry() {
        replacedHash = null;
        replacedValidUntil = null;
    }

    /** Gives a session from before families its family name (at its next refresh). */
    public void joinFamily(String family) {
        if (this.family == null) {
            this.family = family;
        }
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
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

    public Long id() {
        return id;
    }

    public Long consumerId() {
        return consumerId;
    }

    public String accessHash() {
        return accessHash;
    }

    public String family() {
        return family;
    }

    public Instant accessExpiresAt() {
        return accessExpiresAt;
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
