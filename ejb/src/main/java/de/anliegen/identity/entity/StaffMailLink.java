package de.anliegen.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A link mailed to a staff member: an invitation, or a new password. */
@Entity
@Table(name = "staff_mail_link")
@NamedQuery(name = StaffMailLink.BY_TOKEN_HASH, query = """
        select l from StaffMailLink l where l.tokenHash = :hash""")
@NamedQuery(name = StaffMailLink.SENT_SINCE, query = """
        select l.createdAt from StaffMailLink l
        where l.staffAccountId = :account and l.purpose = :purpose and l.createdAt > :since order by l.createdAt""")
public class StaffMailLink extends MailLink {

    public static final String BY_TOKEN_HASH = "StaffMailLink.byTokenHash";
    public static final String SENT_SINCE = "StaffMailLink.sentSince";

    public enum Purpose {
        INVITATION,
        PASSWORD_RESET
    }

    @Column(name = "staff_account_id", nullable = false)
    private Long staffAccountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Purpose purpose;

    protected StaffMailLink() {}

    public StaffMailLink(long staffAccountId, Purpose purpose, String tokenHash, Instant createdAt, Instant expiresAt) {
        super(tokenHash, createdAt, expiresAt);
        this.staffAccountId = staffAccountId;
        this.purpose = purpose;
    }

    public Long staffAccountId() {
        return staffAccountId;
    }

    public Purpose purpose() {
        return purpose;
    }
}
