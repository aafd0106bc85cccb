package de.anliegen.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The fingerprint of a refresh token of an erased account, until the token would have expired: an app that presents
 * it learns that the account was erased, rather than only that it is signed out. Names no one: the token was random,
 * and nothing else is kept.
 */
@Entity
@Table(name = "erased_sign_in")
@NamedQuery(name = ErasedSignIn.VALID, query = """
        select count(e) from ErasedSignIn e where e.refreshHash = :hash and e.expiresAt > :now""")
@NamedQuery(name = ErasedSignIn.DELETE_EXPIRED, query = """
        delete from ErasedSignIn e where e.expiresAt <= :now""")
public class ErasedSignIn {

    public static final String VALID = "ErasedSignIn.valid";
    public static final String DELETE_EXPIRED = "ErasedSignIn.deleteExpired";

    @Id
    @Column(name = "refresh_hash", length = 64)
    private String refreshHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected ErasedSignIn() {}

    public ErasedSignIn(String refreshHash, Instant expiresAt) {
        this.refreshHash = refreshHash;
        this.expiresAt = expiresAt;
    }
}
