package de.anliegen.audit.entity;

import de.anliegen.audit.control.ChainHash;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One entry of the audit trail. Written once and never changed, except that erasing a consumer empties the personal
 * {@link #detail} of the entries about them; {@link #detailHash} keeps the chain verifiable after that.
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = AuditEvent.FROM, query = """
        select e from AuditEvent e where e.seq > :after order by e.seq""")
@NamedQuery(name = AuditEvent.ABOUT, query = """
        select e from AuditEvent e where e.consumerId = :consumer order by e.seq desc""")
@NamedQuery(name = AuditEvent.ABOUT_FROM, query = """
        select e from AuditEvent e where e.consumerId = :consumer and e.seq > :after order by e.seq""")
@NamedQuery(name = AuditEvent.RECENT_ACCESS, query = """
        select count(e) from AuditEvent e
        where e.actor = :actor and e.objectRef = :object and e.action = :action and e.occurredAt > :since""")
@NamedQuery(name = AuditEvent.DETAILS_ABOUT, query = """
        select e.detail from AuditEvent e where e.consumerId = :consumer and e.detail is not null""")
@NamedQuery(name = AuditEvent.OF_CASE, query = """
        select e from AuditEvent e where e.caseId = :case order by e.seq""")
@NamedQuery(name = AuditEvent.ERASE_DETAILS, query = """
        update AuditEvent e set e.detail = null where e.consumerId = :consumer""")
public class AuditEvent {

    public static final String FROM = "AuditEvent.from";
    public static final String ABOUT = "AuditEvent.about";
    public static final String ABOUT_FROM = "AuditEvent.aboutFrom";
    public static final String RECENT_ACCESS = "AuditEvent.recentAccess";
    public static final String OF_CASE = "AuditEvent.ofCase";
    public static final String DETAILS_ABOUT = "AuditEvent.detailsAbout";
    public static final String ERASE_DETAILS = "AuditEvent.eraseDetails";

    @Id
    private Long seq;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    /** {@code staff:<id>}, {@code consumer:<id>} or {@code system}. */
    @Column(nullable = false, length = 64)
    private String actor;

    @Column(nullable = false, length = 64)
    private String action;

    @Column(nullable = false, length = 64)
    private String purpose;

    /** Whose data: kept after erasure, when no other row names that id any more. */
    @Column(name = "consumer_id")
    private Long consumerId;

    /** What was touched, for example {@code conversation:12}. */
    @Column(name = "object_ref", length = 100)
    private String objectRef;

    /** The data subject's request the data protection officer answered with this action. */
    @Column(name = "case_id")
    private Long caseId;

    @Column(columnDefinition = "text")
    private String detail;

    @Column(name = "detail_hash", length = 64)
    private String detailHash;

    @Column(name = "previous_hash", nullable = false, length = 64)
    private String previousHash;

    @Column(nullable = false, length = 64)
    private String hash;

    protected AuditEvent() {}

    /** The entry after the one whose hash is {@code previousHash}; its detail's hash and its own are computed here. */
    public AuditEvent(
            long seq,
            Instant occurredAt,
            String actor,
            String action,
            String purpose,
            Long consumerId,
            String objectRef,
            Long caseId,
            String detail,
            String previousHash) {
        this.seq = seq;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.purpose = purpose;
        this.consumerId = consumerId;
        this.objectRef = objectRef;
        this.caseId = caseId;
        this.detail = detail;
        this.detailHash = ChainHash.ofDetail(detail);
        this.previousHash = previousHash;
        this.hash = ChainHash.of(this);
    }

    public long seq() {
        return seq;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String purpose() {
        return purpose;
    }

    public Long consumerId() {
        return consumerId;
    }

    public String objectRef() {
        return objectRef;
    }

    public Long caseId() {
        return caseId;
    }

    public String detail() {
        return detail;
    }

    public String detailHash() {
        return detailHash;
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }
}
