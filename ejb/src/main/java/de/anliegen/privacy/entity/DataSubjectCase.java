package de.anliegen.privacy.entity;

import de.anliegen.audit.boundary.CaseId;
import de.anliegen.identity.boundary.ConsumerId;
import de.anliegen.platform.problems.Conflict;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.UnaryOperator;

/**
 * A data subject's written request and how the data protection officer answered it. One consumer per case; after the
 * consumer's erasure the case stays, without them.
 */
@Entity
@Table(name = "data_subject_case")
@NamedQuery(name = DataSubjectCase.ALL, query = """
        select c from DataSubjectCase c order by case when c.status = 'open' then 0 else 1 end, c.dueOn, c.id""")
@NamedQuery(name = DataSubjectCase.OF_CONSUMER, query = """
        select c from DataSubjectCase c where c.consumerId = :consumer order by c.id""")
public class DataSubjectCase {

    public static final String ALL = "DataSubjectCase.all";
    public static final String OF_CONSUMER = "DataSubjectCase.ofConsumer";

    public static final String OPEN = "open";
    public static final String ANSWERED = "answered";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consumer_id")
    private Long consumerId;

    @Column(nullable = false, length = 20)
    private String kind;

    @Column(nullable = false, length = 20)
    private String channel;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "identity_checked", nullable = false)
    private boolean identityChecked;

    @Column(name = "identity_check_method", length = 200)
    private String identityCheckMethod;

    @Column(columnDefinition = "text")
    private String notes;

    /** How often the notes were saved: the page saves its notes over the count it drew ({@link #note}). */
    @Column(name = "notes_version", nullable = false)
    private long notesVersion;

    @Column(nullable = false, length = 20)
    private String status;

    @Column(columnDefinition = "text")
    private String answer;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Column(name = "erased_at")
    private Instant erasedAt;

    @Column(name = "recorded_by", nullable = false)
    private Long recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    /**
     * The row's optimistic lock, for two writes at the same moment: each writes every column, and the later one would
     * put back what the earlier one changed (the notes under an identity check).
     */
    @Version
    private long version;

    protected DataSubjectCase() {}

    public DataSubjectCase(
            long consumerId,
            String kind,
            String channel,
            LocalDate receivedOn,
            String notes,
            long recordedBy,
            Instant recordedAt) {
        this.consumerId = consumerId;
        this.kind = kind;
        this.channel = channel;
        this.receivedOn = receivedOn;
        // Art. 12(3) GDPR: without undue delay, at the latest within one month of receipt
        this.dueOn = receivedOn.plusMonths(1);
        this.notes = notes;
        this.status = OPEN;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /**
     * Notes how the requester's identity was checked, once: the check is the evidence every later action of the case
     * rests on, and a second one (from a page opened before the first) would overwrite it after those actions.
     */
    public void identityChecked(String method) {
        if (identityChecked) {
            throw new Conflict(
                    "identity-checked-already", "The requester's identity was checked already, and is noted once.");
        }
        this.identityChecked = true;
        this.identityCheckMethod = method;
    }

    /**
     * Replaces the notes with those written over the version {@code drawn} of them. Notes saved meanwhile (from another
     * tab, by a colleague) are refused rather than overwritten unseen: they are the evidence of the written request.
     */
    public void note(String notes, long drawn) {
        if (drawn != notesVersion) {
            throw new Conflict("notes-changed", "The notes were changed meanwhile; read them before saving over them.");
        }
        this.notes = notes;
        notesVersion++;
    }

    public void answer(String answer, LocalDate on) {
        this.answer = answer;
        this.answeredOn = on;
        this.status = ANSWERED;
    }

    /**
     * The person is erased: the case keeps what was requested, how identity was checked, the notes and the answer, each
     * without what identified the person ({@code withoutPerson}), and no longer points to them.
     */
    public void forgetPerson(Instant now, UnaryOperator<String> withoutPerson) {
        consumerId = null;
        erasedAt = now;
        identityCheckMethod = withoutPerson.apply(identityCheckMethod);
        notes = withoutPerson.apply(notes);
        answer = withoutPerson.apply(answer);
    }

    public boolean isOpen() {
        return OPEN.equals(status);
    }

    public Long id() {
        return id;
    }

    public Long consumerId() {
        return consumerId;
    }

    /** The case's number, as the components speak of it. */
    public CaseId number() {
        return new CaseId(id);
    }

    /** Whose data the case is about, as the components speak of a consumer; null once they are erased. */
    public ConsumerId consumer() {
        return consumerId == null ? null : new ConsumerId(consumerId);
    }

    public String kind() {
        return kind;
    }

    public String channel() {
        return channel;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public boolean identityChecked() {
        return identityChecked;
    }

    public String identityCheckMethod() {
        return identityCheckMethod;
    }

    public String notes() {
        return notes;
    }

    public long notesVersion() {
        return notesVersion;
    }

    public String status() {
        return status;
    }

    public String answer() {
        return answer;
    }

    public LocalDate answeredOn() {
        return answeredOn;
    }

    public Instant erasedAt() {
        return erasedAt;
    }

    public Long recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
