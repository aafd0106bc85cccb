package de.anliegen.conversation.entity;

import de.anliegen.identity.boundary.CompanyId;
import de.anliegen.identity.boundary.ConsumerId;
import de.anliegen.platform.problems.Conflict;
import de.anliegen.platform.problems.Invalid;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A service request of a consumer to a company. It numbers its messages without gaps ({@link #append}, under a row
 * lock held by the caller) and keeps, per side, up to which message that side has received and read.
 */
@Entity
@Table(name = "conversation")
// a send changes three or four columns: the update names only those
@DynamicUpdate
@NamedQuery(name = Conversation.BY_CLIENT_REQUEST, query = """
        select c from Conversation c where c.consumerId = :consumer and c.clientRequestId = :clientRequestId""")
@NamedQuery(name = Conversation.OF_CONSUMER, query = """
        select c from Conversation c where c.consumerId = :consumer order by c.lastActivityAt desc, c.id desc""")
@NamedQuery(name = Conversation.OTHERS_WITH_COMPANY, query = """
        select c from Conversation c where c.consumerId = :consumer and c.companyId = :company and c.id <> :id
        order by c.lastActivityAt desc, c.id desc""")
@NamedQuery(name = Conversation.COUNT_OTHERS_WITH_COMPANY, query = """
        select count(c) from Conversation c where c.consumerId = :consumer and c.companyId = :company and c.id <> :id""")
@NamedQuery(name = Conversation.UNREAD_OF_COMPANY, query = """
        select c.consumerId from Conversation c
        where c.companyId = :company and c.companyUnread = true
            and c.status = de.anliegen.conversation.entity.Status.OPEN""")
@NamedQuery(name = Conversation.OPENED_BETWEEN, query = """
        select c.createdAt, c.resolvedAt, c.rating, c.firstResponseAt, c.firstResponseDueAt
        from Conversation c where c.companyId = :company and c.createdAt >= :from and c.createdAt < :to""")
@NamedQuery(name = Conversation.COUNT_OVERDUE, query = """
        select count(c) from Conversation c where c.companyId = :company and c.firstResponseAt is null
            and c.firstResponseDueAt < :now""")
@NamedQuery(name = Conversation.RESOLVED_BETWEEN, query = """
        select c.resolvedAt from Conversation c
        where c.companyId = :company and c.resolvedAt >= :from and c.resolvedAt < :to""")
@NamedQuery(name = Conversation.COUNT_OPEN_OF_COMPANY, query = """
        select count(c) from Conversation c where c.companyId = :company
        and c.status in (de.anliegen.conversation.entity.Status.OPEN,
                         de.anliegen.conversation.entity.Status.WAITING_FOR_CONSUMER)""")
@NamedQuery(name = Conversation.BY_IDS, query = """
        select c from Conversation c where c.id in :ids order by c.id""")
@NamedQuery(name = Conversation.COUNT_ALL, query = """
        select count(c) from Conversation c""")
@NamedQuery(name = Conversation.COUNT_ALL_OPEN, query = """
        select count(c) from Conversation c
        where c.status in (de.anliegen.conversation.entity.Status.OPEN,
                           de.anliegen.conversation.entity.Status.WAITING_FOR_CONSUMER)""")
@NamedQuery(name = Conversation.AWAITING_AWAY_MAIL, query = """
        select c.id, c.consumerId from Conversation c
        where c.companyId = :company and c.status = de.anliegen.conversation.entity.Status.OPEN
            and c.assignedAgentId is not null and c.companyReadSeq < c.lastSeq
            and c.awayMailedSeq <= c.companyReadSeq
            and exists (select m.id from Message m
                        where m.conversation = c and m.seq > c.companyReadSeq and m.sentAt <= :before
                            and m.author = de.anliegen.conversation.entity.Side.CONSUMER)
        order by c.id""")
public class Conversation {

    public static final String BY_CLIENT_REQUEST = "Conversation.byClientRequest";
    public static final String AWAITING_AWAY_MAIL = "Conversation.awaitingAwayMail";
    public static final String OF_CONSUMER = "Conversation.ofConsumer";
    public static final String OTHERS_WITH_COMPANY = "Conversation.othersWithCompany";
    public static final String COUNT_OTHERS_WITH_COMPANY = "Conversation.countOthersWithCompany";
    public static final String UNREAD_OF_COMPANY = "Conversation.unreadOfCompany";
    public static final String COUNT_OVERDUE = "Conversation.countOverdue";
    public static final String OPENED_BETWEEN = "Conversation.openedBetween";
    public static final String RESOLVED_BETWEEN = "Conversation.resolvedBetween";
    public static final String COUNT_OPEN_OF_COMPANY = "Conversation.countOpenOfCompany";
    public static final String BY_IDS = "Conversation.byIds";
    public static final String COUNT_ALL = "Conversation.countAll";
    public static final String COUNT_ALL_OPEN = "Conversation.countAllOpen";

    public static final int MOST_SUBJECT_CHARACTERS = 200;
    public static final int MOST_COMMENT_CHARACTERS = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consumer_id", nullable = false)
    private Long consumerId;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(name = "client_request_id", nullable = false, length = 64)
    private String clientRequestId;

    @Column(nullable = false, length = 2 * MOST_SUBJECT_CHARACTERS) // code points; H2 counts UTF-16 units (V29)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "assigned_agent_id")
    private Long assignedAgentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Priority priority;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "consumer_delivered_seq", nullable = false)
    private long consumerDeliveredSeq;

    @Column(name = "consumer_read_seq", nullable = false)
    private long consumerReadSeq;

    @Column(name = "company_delivered_seq", nullable = false)
    private long companyDeliveredSeq;

    @Column(name = "company_read_seq", nullable = false)
    private long companyReadSeq;

    /** Whether the company has not read up to the last message: kept with the markers, for an index to find. */
    @Column(name = "company_unread", nullable = false)
    private boolean companyUnread;

    /** Up to which message the assigned agent was mailed that a consumer's message waits while no one is in. */
    @Column(name = "away_mailed_seq", nullable = false)
    private long awayMailedSeq;

    @Column
    private Short rating;

    @Column(name = "rating_comment", length = 2 * MOST_COMMENT_CHARACTERS)
    private String ratingComment;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** When the company's first response is due, as its promise stood when the request was opened; null: none. */
    @Column(name = "first_response_due_at")
    private Instant firstResponseDueAt;

    @Column(name = "first_response_at")
    private Instant firstResponseAt;

    /** Since when the consumer's messages wait for an answer of the company; null while none waits. */
    @Column(name = "waiting_since")
    private Instant waitingSince;

    protected Conversation() {}

    public Conversation(
            Long consumerId,
            Long companyId,
            String clientRequestId,
            String subject,
            Instant firstResponseDueAt,
            Instant now) {
        this.consumerId = consumerId;
        this.companyId = companyId;
        this.clientRequestId = clientRequestId;
        this.subject = subject;
        this.status = Status.OPEN;
        this.priority = Priority.NORMAL;
        this.firstResponseDueAt = firstResponseDueAt;
        this.createdAt = now;
        this.lastActivityAt = now;
    }

    /**
     * The next message. A consumer's message reopens a request that waits for them or was resolved; an agent's answer
     * to an open request makes it wait for the consumer. The sender has read everything up to their own message.
     */
    public Message append(
            Side author, Long agentId, String agentName, String clientMessageId, String body, Instant now) {
        if (status == Status.CLOSED) {
            throw new Conflict("conversation-closed", "This request is closed; open a new one.");
        }
        lastSeq++;
        lastActivityAt = now;
        if (author == Side.CONSUMER && status != Status.OPEN) {
            status = Status.OPEN;
            resolvedAt = null;
        } else if (author == Side.COMPANY && status == Status.OPEN) {
            status = Status.WAITING_FOR_CONSUMER;
        }
        if (author == Side.CONSUMER && waitingSince == null) {
            waitingSince = now;
        } else if (author == Side.COMPANY) {
            waitingSince = null;
            if (firstResponseAt == null) {
                firstResponseAt = now;
            }
        }
        markRead(author, lastSeq);
        keepCompanyUnread();
        return new Message(this, lastSeq, clientMessageId, author, agentId, agentName, body, now);
    }

    /**
     * Whether the agent it is assigned to is to be mailed that it waits (when no one of the company is in the portal):
     * it waits for the company, which has not read the consumer's latest message, and no such mail went out since the
     * company last read everything.
     */
    public boolean awaitsAwayMail() {
        return status == Status.OPEN
                && assignedAgentId != null
                && companyReadSeq < lastSeq
                && awayMailedSeq <= companyReadSeq;
    }

    /**
     * The mail about what waits goes out: none again until the company has read up to here and a consumer writes
     * anew. Returns the mark before, for {@link #awayMailFailed}.
     */
    public long awayMailed() {
        var before = awayMailedSeq;
        awayMailedSeq = lastSeq;
        return before;
    }

    /** The mail could not go out: it is tried again, unless another went out meanwhile. */
    public void awayMailFailed(long before, long mailed) {
        if (awayMailedSeq == mailed) {
            awayMailedSeq = before;
        }
    }

    /** Moves the side's read marker forward (never back); what is read has been delivered. */
    public boolean markRead(Side side, long upTo) {
        var seq = Math.min(upTo, lastSeq);
        markDelivered(side, seq);
        if (side == Side.CONSUMER && seq > consumerReadSeq) {
            consumerReadSeq = seq;
            return true;
        }
        if (side == Side.COMPANY && seq > companyReadSeq) {
            companyReadSeq = seq;
            keepCompanyUnread();
            return true;
        }
        return false;
    }

    /** The flag follows the company's read marker and the last message, for the unread count's index (V33). */
    private void keepCompanyUnread() {
        companyUnread = companyReadSeq < lastSeq;
    }

    /** Whether the company has messages of the request it has not read. */
    public boolean isUnreadByCompany() {
        return companyUnread;
    }

    /** Moves the side's delivered marker forward (never back). */
    public boolean markDelivered(Side side, long upTo) {
        var seq = Math.min(upTo, lastSeq);
        if (side == Side.CONSUMER && seq > consumerDeliveredSeq) {
            consumerDeliveredSeq = seq;
            return true;
        }
        if (side == Side.COMPANY && seq > companyDeliveredSeq) {
            companyDeliveredSeq = seq;
            return true;
        }
        return false;
    }

    /** The company sets where the request stands; closing is the consumer's. */
    public boolean changeStatus(Status next, Instant now) {
        if (next == Status.CLOSED) {
            throw new Invalid("invalid", "status", "Only the consumer closes a request.");
        }
        if (status == Status.CLOSED) {
            throw new Conflict("conversation-closed", "This request is closed.");
        }
        if (next == status) {
            return false;
        }
        status = next;
        resolvedAt = next == Status.RESOLVED ? now : null;
        lastActivityAt = now;
        return true;
    }

    /** The consumer closes the request; a rating is only for a resolved one. */
    public void close(Short rating, String comment, Instant now) {
        if (status == Status.CLOSED) {
            throw new Conflict("conversation-closed", "This request is closed already.");
        }
        if ((rating != null || comment != null) && status != Status.RESOLVED) {
            throw new Conflict("not-resolved", "A request can be rated once the company has resolved it.");
        }
        if (comment != null && rating == null) {
            throw new Invalid("invalid", "rating", "A comment comes with a rating from 1 to 5.");
        }
        this.rating = rating;
        this.ratingComment = comment;
        this.status = Status.CLOSED;
        this.closedAt = now;
        this.lastActivityAt = now;
    }

    public boolean assign(Long agentId, Instant now) {
        if (Objects.equals(agentId, assignedAgentId)) {
            return false;
        }
        assignedAgentId = agentId;
        lastActivityAt = now;
        return true;
    }

    /** The company's agents set how urgent the request is, whatever its status; its place in the inbox stays. */
    public boolean prioritize(Priority next) {
        if (next == priority) {
            return false;
        }
        priority = next;
        return true;
    }

    public long unreadFor(Side side) {
        return lastSeq - (side == Side.CONSUMER ? consumerReadSeq : companyReadSeq);
    }

    public long deliveredSeqOf(Side side) {
        return side == Side.CONSUMER ? consumerDeliveredSeq : companyDeliveredSeq;
    }

    public long readSeqOf(Side side) {
        return side == Side.CONSUMER ? consumerReadSeq : companyReadSeq;
    }

    public Long id() {
        return id;
    }

    public Long consumerId() {
        return consumerId;
    }

    /** Who wrote it, as the components speak of a consumer. */
    public ConsumerId consumer() {
        return new ConsumerId(consumerId);
    }

    /** Whom it was sent to, as the components speak of a company. */
    public CompanyId company() {
        return new CompanyId(companyId);
    }

    public Long companyId() {
        return companyId;
    }

    public String clientRequestId() {
        return clientRequestId;
    }

    public String subject() {
        return subject;
    }

    public Status status() {
        return status;
    }

    /**
     * Whether the company missed its promised first response: it came after it was due, or it has not come and is due
     * already.
     */
    public boolean missedFirstResponse(Instant now) {
        return missedFirstResponse(firstResponseDueAt, firstResponseAt, now);
    }

    /** As {@link #missedFirstResponse(Instant)}, for a request read as its columns. */
    public static boolean missedFirstResponse(Instant dueAt, Instant answeredAt, Instant now) {
        return dueAt != null && (answeredAt == null ? now.isAfter(dueAt) : answeredAt.isAfter(dueAt));
    }

    public Instant firstResponseDueAt() {
        return firstResponseDueAt;
    }

    public Instant firstResponseAt() {
        return firstResponseAt;
    }

    public Instant waitingSince() {
        return waitingSince;
    }

    public Priority priority() {
        return priority;
    }

    public Long assignedAgentId() {
        return assignedAgentId;
    }

    public long lastSeq() {
        return lastSeq;
    }

    public Short rating() {
        return rating;
    }

    public String ratingComment() {
        return ratingComment;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastActivityAt() {
        return lastActivityAt;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }
}
