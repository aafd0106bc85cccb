package de.anliegen.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** An agent's sign-in to the API: one access token, kept only as its SHA-256 hash, valid for a working day. */
@Entity
@Table(name = "staff_session")
@NamedQuery(name = StaffSession.BY_ACCESS_HASH, query = """
        select s from StaffSession s join fetch s.account where s.accessHash = :hash and s.endedAt is null""")
@NamedQuery(name = StaffSession.BY_ACCESS_HASHES, query = """
        select s from StaffSession s join fetch s.account where s.accessHash in :hashes and s.endedAt is null""")
public class StaffSession {

    public static final String BY_ACCESS_HASH = "StaffSession.byAccessHash";
    public static final String BY_ACCESS_HASHES = "StaffSession.byAccessHashes";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "staff_account_id")
    private StaffAccount account;

    @Column(name = "access_hash", nullable = false, unique = true, length = 64)
    private String accessHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected StaffSession() {}

    public StaffSession(StaffAccount account, String accessHash, Instant expiresAt, Instant createdAt) {
        this.account = account;
        this.accessHash = accessHash;
        this.expiresAt = expiresAt;
        this.createdAt = createdAt;
    }

    /**
     * Valid until it expires, is ended, or the account is deactivated or its password changed (or was taken away by
     * an admin) since.
     */
    public boolean validAt(Instant now) {
        return now.isBefore(expiresAt) && account.holdsSignInFrom(createdAt);
    }

    public String accessHash() {
        return accessHash;
    }

    public StaffAccount account() {
        return account;
    }

    public void end(Instant now) {
        endedAt = now;
    }
}
