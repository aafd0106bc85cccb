package de.anliegen.audit.boundary;

import de.anliegen.audit.control.ChainHash;
import de.anliegen.audit.entity.AuditEvent;
import de.anliegen.audit.entity.AuditHead;
import de.anliegen.identity.boundary.Caller;
import de.anliegen.identity.boundary.ConsumerId;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.identity.boundary.StaffAccountId;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The append-only, hash-chained record of who touched whose personal data, when and why. Boundaries append in their
 * own transaction (an access that rolls back leaves no entry, and no access goes unrecorded); the data protection
 * officer reads it per consumer and verifies the whole chain.
 */
@Stateless
public class AuditTrail {

    /** Reading the same conversation again within this time is the same access. */
    public static final Duration ACCESS_WINDOW = Duration.ofMinutes(15);

    public static final String VERIFIED = "audit.verified";

    private static final int BATCH = 1_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(Audited what) {
        append(actor(), what);
    }

    /**
     * Records what a consumer did themselves where no one is signed in (a link mailed to them, followed in a browser):
     * they are its actor, not the server.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordBy(ConsumerId actor, Audited what) {
        append(actor.principalName(), what);
    }

    /**
     * Records a read of personal data, once per person, object and {@link #ACCESS_WINDOW}: a page that reloads as
     * messages arrive is one access, not a hundred.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordAccess(Audited what) {
        var actor = actor();
        var recent = em.createNamedQuery(AuditEvent.RECENT_ACCESS, Long.class)
                .setParameter("actor", actor)
                .setParameter("object", what.objectRef())
                .setParameter("action", what.action())
                .setParameter("since", clock.instant().minus(ACCESS_WINDOW))
                .getSingleResult();
        if (recent == 0) {
            append(actor, what);
        }
    }

    /**
     * What was done in answer to one data-subject case, in order: the case's record of actions, which stays when the
     * person is erased (their details in it are emptied then, ADR 6).
     */
    @RolesAllowed(Roles.DATA_PROTECTION_OFFICER)
    public List<AuditEntry> ofCase(CaseId dataSubjectCase) {
        return em.createNamedQuery(AuditEvent.OF_CASE, AuditEvent.class)
                .setParameter("case", dataSubjectCase.value())
                .setMaxResults(1_000)
                .getResultStream()
                .map(AuditEntry::of)
                .toList();
    }

    /**
     * The personal details of the entries about a consumer (a rectification's old and new value): what an erasure
     * must remove from the texts it keeps, before it empties these details themselves.
     */
    @RolesAllowed({Roles.CONSUMER, Roles.DATA_PROTECTION_OFFICER})
    public List<String> detailsAbout(ConsumerId consumer) {
        return em.createNamedQuery(AuditEvent.DETAILS_ABOUT, String.class)
                .setParameter("consumer", consumer.value())
                .getResultList();
    }

    /** For the export of a consumer's data: the entries about them after {@code after}, oldest first. */
    @PermitAll
    public List<AuditEntry> aboutAfter(ConsumerId consumer, long after, int limit) {
        return em.createNamedQuery(AuditEvent.ABOUT_FROM, AuditEvent.class)
                .setParameter("consumer", consumer.value())
                .setParameter("after", after)
                .setMaxResults(limit)
                .getResultStream()
                .map(AuditEntry::of)
                .toList();
    }

    /**
     * For the erasure of a consumer: the entries about them stay (they are the proof of what was done) and lose their
     * personal detail; the chain still verifies, since an entry's hash covers the detail's hash, which stays.
     */
    @PermitAll
    public void eraseDetailsAbout(ConsumerId consumer) {
        em.createNamedQuery(AuditEvent.ERASE_DETAILS)
                .setParameter("consumer", consumer.value())
                .executeUpdate();
    }

    /** The entries about one consumer, newest first. */
    @RolesAllowed(Roles.DATA_PROTECTION_OFFICER)
    public List<AuditEntry> about(ConsumerId consumer, int offset, int limit) {
        return em.createNamedQuery(AuditEvent.ABOUT, AuditEvent.class)
                .setParameter("consumer", consumer.value())
                .setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.max(1, Math.min(limit, 500)))
                .getResultStream()
                .map(AuditEntry::of)
                .toList();
    }

    /**
     * Reads the whole trail in order and recomputes every hash: a changed entry, a removed one (a gap, or a missing
     * newest entry against the head) or two swapped ones break the chain. The check itself is recorded.
     */
    @RolesAllowed(Roles.DATA_PROTECTION_OFFICER)
    public Verification verify() {
        var head = em.find(AuditHead.class, AuditHead.ID);
        var result = check(head.lastSeq(), head.lastHash());
        record(new Audited(
                VERIFIED,
                Audited.ACCOUNTABILITY,
                null,
                "audit-trail",
                null,
                result.intact() ? null : "broken at " + result.brokenAt() + ": " + result.problem()));
        return result;
    }

    private Verification check(long lastSeq, String lastHash) {
        long expected = 1;
        var previous = ChainHash.START;
        while (expected <= lastSeq) {
            var batch = em.createNamedQuery(AuditEvent.FROM, AuditEvent.class)
                    .setParameter("after", expected - 1)
                    .setMaxResults(BATCH)
                    .getResultList();
            if (batch.isEmpty()) {
                return Verification.broken(expected - 1, expected, "entries-missing");
            }
            for (var event : batch) {
                if (event.seq() > lastSeq) {
                    break;
                }
                if (event.seq() != expected) {
                    return Verification.broken(expected - 1, expected, "entry-missing");
                }
                if (!event.previousHash().equals(previous)) {
                    return Verification.broken(expected - 1, expected, "out-of-chain");
                }
                if (!ChainHash.of(event).equals(event.hash())) {
                    return Verification.broken(expected - 1, expected, "content-changed");
                }
                if (event.detail() != null
                        && !ChainHash.ofDetail(event.detail()).equals(event.detailHash())) {
                    return Verification.broken(expected - 1, expected, "detail-changed");
                }
                previous = event.hash();
                expected++;
            }
            em.clear();
        }
        if (!previous.equals(lastHash)) {
            return Verification.broken(lastSeq, lastSeq, "end-changed");
        }
        return Verification.intact(lastSeq, lastHash);
    }

    private void append(String actor, Audited what) {
        var head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
        var seq = head.lastSeq() + 1;
        var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        var event = new AuditEvent(
                seq,
                now,
                actor,
                what.action(),
                what.purpose(),
                what.consumer() == null ? null : what.consumer().value(),
                what.objectRef(),
                what.forCase() == null ? null : what.forCase().value(),
                what.detail(),
                head.lastHash());
        em.persist(event);
        head.advance(seq, event.hash());
    }

    /** {@code consumer:<id>}, {@code staff:<id>}, or {@code system} for the server's own jobs. */
    private String actor() {
        var consumer = caller.consumerIfAny();
        if (consumer.isPresent()) {
            return consumer.get().principalName();
        }
        if (caller.isStaff()) {
            return new StaffAccountId(caller.staff().id()).actorName();
        }
        // the server's own work (timers, the sequencer), also where it runs with a role to read as agents do
        return "system";
    }
}
