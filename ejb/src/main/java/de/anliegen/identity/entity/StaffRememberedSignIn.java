package de.anliegen.identity.entity;

import de.anliegen.identity.control.Secrets;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A browser in which a staff member chose "stay signed in". Its cookie carries this row's random selector and a token
 * whose hash is kept here; the token is replaced each time the browser signs in with it, and the one it replaced is
 * remembered: presented again, it shows that someone holds a copy of the cookie.
 */
@Entity
@Table(name = "staff_remembered_sign_in")
@NamedQuery(name = StaffRememberedSignIn.OF_ACCOUNT, query = """
        select r from StaffRememberedSignIn r where r.account.id = :account order by r.lastUsedAt desc""")
@NamedQuery(name = StaffRememberedSignIn.BY_SELECTOR, query = """
        select r from StaffRememberedSignIn r where r.selector = :selector""")
@NamedQuery(name = StaffRememberedSignIn.DELETE_OF_ACCOUNT, query = """
        delete from StaffRememberedSignIn r where r.account.id = :account""")
public class StaffRememberedSignIn {

    public static final String OF_ACCOUNT = "StaffRememberedSignIn.ofAccount";
    public static final String DELETE_OF_ACCOUNT = "StaffRememberedSignIn.deleteOfAccount";
    public static final String BY_SELECTOR = "StaffRememberedSignIn.bySelector";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "staff_account_id")
    private StaffAccount account;

    @Column(nullable = false, unique = true, length = 43)
    private String selector;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "previous_token_hash", length = 64)
    private String previousTokenHash;

    /** What the browser said it was, shortened: for the person to recognise it on their profile page. */
    @Column(nullable = false, length = 200)
    private String device;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at", nullable = false)
    private Instant lastUsedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    /** When this browser last proved the account's second factor (the authenticator's code). */
    @Column(name = "second_factor_at")
    private Instant secondFactorAt;

    protected StaffRememberedSignIn() {}

    public StaffRememberedSignIn(
            StaffAccount account,
            String selector,
            String tokenHash,
            String device,
            Instant createdAt,
            Instant expiresAt) {
        this.account = account;
        this.selector = selector;
        this.tokenHash = tokenHash;
        this.device = device;
        this.createdAt = createdAt;
        this.lastUsedAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Valid until it expires, and while the account holds sign-ins from when it was made. */
    public boolean isValid(Instant now) {
        return now.isBefore(expiresAt) && account.holdsSignInFrom(createdAt);
    }

    /** Signed in with it: the next sign-in needs the new token. */
    public void rotate(String newTokenHash, Instant now) {
        previousTokenHash = tokenHash;
        tokenHash = newTokenHash;
        lastUsedAt = now;
    }

    /** The authenticator's code was entered in this browser now. */
    public void proveSecondFactor(Instant now) {
        secondFactorAt = now;
    }

    /**
     * Whether the browser must prove the second factor again before the portal opens: for an account whose role
     * requires two factors, when the last proof is {@code every} ago or longer.
     */
    public boolean secondFactorDue(Instant now, Duration every) {
        return account.needsTotp()
                && account.isTotpEnabled()
                && (secondFactorAt == null || !now.isBefore(secondFactorAt.plus(every)));
    }

    /** Whether this is the hash of the token replaced last: the cookie was copied, and the copy used. */
    public boolean replaced(String presentedHash) {
        return previousTokenHash != null && Secrets.same(previousTokenHash, presentedHash);
    }

    public String selector() {
        return selector;
    }

    public String tokenHash() {
        return tokenHash;
    }

    public Long id() {
        return id;
    }

    public StaffAccount account() {
        return account;
    }

    public String device() {
        return device;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
