package de.anliegen.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A single-use link sent by e-mail: to confirm an address, or to choose a new password. The token in the link is
 * kept only as its hash.
 */
@Entity
@Table(name = "consumer_mail_link")
@NamedQuery(name = ConsumerMailLink.BY_TOKEN_HASH, query = """
        select l from ConsumerMailLink l where l.tokenHash = :hash and l.purpose = :purpose""")
@NamedQuery(name = ConsumerMailLink.SENT_TO_SINCE, query = """
        select l.createdAt from ConsumerMailLink l
        where l.email = :email and l.purpose = :purpose and l.createdAt > :since order by l.createdAt""")
@NamedQuery(name = ConsumerMailLink.OF_CONSUMER_SINCE, query = """
        select l.createdAt from ConsumerMailLink l
        where l.consumerId = :consumer and l.purpose = :purpose and l.createdAt > :since order by l.createdAt""")
@NamedQuery(name = ConsumerMailLink.PENDING_OF_CONSUMER, query = """
        select l.email from ConsumerMailLink l
        where l.consumerId = :consumer and l.purpose = :purpose and l.usedAt is null and l.expiresAt > :now
        order by l.createdAt desc""")
@NamedQuery(name = ConsumerMailLink.RETIRE_OF_CONSUMER, query = """
        update ConsumerMailLink l set l.usedAt = :now
        where l.consumerId = :consumer and l.purpose = :purpose and l.usedAt is null""")
@NamedQuery(name = ConsumerMailLink.ADDRESSES_OF_CONSUMER, query = """
        select distinct l.email from ConsumerMailLink l where l.consumerId = :consumer""")
@NamedQuery(name = ConsumerMailLink.OF_CONSUMER, query = """
        select l from ConsumerMailLink l where l.consumerId = :consumer order by l.createdAt""")
@NamedQuery(name = ConsumerMailLink.FORGET_SPENT, query = """
        delete from ConsumerMailLink l
        where l.createdAt < :before and (l.usedAt is not null or l.expiresAt < :now)""")
public class ConsumerMailLink extends MailLink {

    /** How long a link sent counts against its consumer's and its address's limits. */
    public static final Duration COUNTED = Duration.ofHours(1);

    public static final String OF_CONSUMER_SINCE = "ConsumerMailLink.ofConsumerSince";

    public static final String BY_TOKEN_HASH = "ConsumerMailLink.byTokenHash";
    public static final String SENT_TO_SINCE = "ConsumerMailLink.sentToSince";
    public static final String PENDING_OF_CONSUMER = "ConsumerMailLink.pendingOfConsumer";
    public static final String RETIRE_OF_CONSUMER = "ConsumerMailLink.retireOfConsumer";
    public static final String ADDRESSES_OF_CONSUMER = "ConsumerMailLink.addressesOfConsumer";
    public static final String OF_CONSUMER = "ConsumerMailLink.ofConsumer";
    /** Links used or expired and no longer counted: what they held (an address typed) is of no use any more. */
    public static final String FORGET_SPENT = "ConsumerMailLink.forgetSpent";

    @Column(name = "consumer_id", nullable = false)
    private Long consumerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Purpose purpose;

    @Column(nullable = false, length = 320)
    private String email;

    protected ConsumerMailLink() {}

    public ConsumerMailLink(
            Long consumerId, Purpose purpose, String tokenHash, String email, Instant createdAt, Instant expiresAt) {
        super(tokenHash, createdAt, expiresAt);
        this.consumerId = consumerId;
        this.purpose = purpose;
        this.email = email;
    }

    public Long consumerId() {
        return consumerId;
    }

    public Purpose purpose() {
        return purpose;
    }

    public String email() {
        return email;
    }

    public enum Purpose {
        EMAIL_CONFIRMATION,
        PASSWORD_RESET
    }
}
