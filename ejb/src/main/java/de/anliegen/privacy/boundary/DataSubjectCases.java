package de.anliegen.privacy.boundary;

import de.anliegen.audit.boundary.AuditEntry;
import de.anliegen.audit.boundary.AuditTrail;
import de.anliegen.audit.boundary.Audited;
import de.anliegen.audit.boundary.CaseId;
import de.anliegen.audit.boundary.Verification;
import de.anliegen.identity.boundary.ConsumerId;
import de.anliegen.identity.boundary.DataSubjects;
import de.anliegen.identity.boundary.FoundSubjects;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.identity.boundary.StaffAccounts;
import de.anliegen.platform.problems.Conflict;
import de.anliegen.platform.problems.Gone;
import de.anliegen.platform.problems.Invalid;
import de.anliegen.platform.problems.NotFound;
import de.anliegen.platform.time.Clocks;
import de.anliegen.privacy.entity.DataSubjectCase;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The data protection officer's work on written requests. Each case concerns one consumer, and every action on their
 * data goes through a case and into the audit trail with it: export (only once the requester's identity is checked),
 * rectification, restriction, erasure, withdrawal of consent. There is no way to act on several consumers at once.
 */
@Stateless
@RolesAllowed(Roles.DATA_PROTECTION_OFFICER)
public class DataSubjectCases {

    public static final String TRAIL_READ = "audit.read";
    public static final String RECTIFIED = "consumer.rectified";
    public static final String RESTRICTED = "consumer.restricted";

    public static final Set<String> KINDS =
            Set.of("access", "rectification", "restriction", "erasure", "consent-withdrawal");
    public static final Set<String> CHANNELS = Set.of("letter", "e-mail");

    /** What answers each kind of request, as the trail records it: the case is done when this is among its actions. */
    static final Map<String, String> REQUESTED_ACTION = Map.of(
            "access", DataExport.EXPORTED,
            "rectification", RECTIFIED,
            "restriction", RESTRICTED,
            "erasure", Erasure.ERASED,
            "consent-withdrawal", Consents.WITHDRAWN);

    private static final int MOST_TEXT = 10_000;
    /** The column of how an identity was checked (V15). */
    private static final int MOST_METHOD = 200;

    @PersistenceContext
    EntityManager em;

    @EJB
    DataSubjects subjects;

    @EJB
    StaffAccounts staffAccounts;

    @Inject
    DataExport export;

    @Inject
    Erasure erasure;

    @Inject
    Consents consents;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Consumers matching what the letter says: mobile number, e-mail address or name. */
    public FoundSubjects find(String query) {
        return subjects.find(query);
    }

    public CaseView open(NewCase request) {
        if (request.consumerId() == null) {
            throw new Invalid("invalid", "consumerId", "Find the person first: every case concerns one consumer.");
        }
        var subject = subjects.subject(new ConsumerId(request.consumerId()))
                .orElseThrow(() -> new NotFound("There is no consumer " + request.consumerId() + "."));
        if (request.kind() == null || !KINDS.contains(request.kind())) {
            throw new Invalid("invalid", "kind", "The kind is one of " + KINDS + ".");
        }
        if (request.channel() == null || !CHANNELS.contains(request.channel())) {
            throw new Invalid("invalid", "channel", "Requests arrive in writing: " + CHANNELS + ".");
        }
        var today = today();
        if (request.receivedOn() == null
                || request.receivedOn().isAfter(today)
                || request.receivedOn().isBefore(today.minusYears(1))) {
            throw new Invalid("invalid", "receivedOn", "The day the request arrived: today or within the last year.");
        }
        var found = new DataSubjectCase(
                subject.id(),
                request.kind(),
                request.channel(),
                request.receivedOn(),
                text(request.notes(), "notes"),
                staffAccounts.current().id(),
                clock.instant());
        em.persist(found);
        em.flush();
        record("case.recorded", found, request.kind());
        return view(found);
    }

    /** Every case: open ones first, the most urgent (overdue) at the top; then the answered ones. */
    public List<CaseView> all() {
        return em.createNamedQuery(DataSubjectCase.ALL, DataSubjectCase.class)
                .getResultStream()
                .map(this::view)
                .toList();
    }

    public CaseView get(CaseId caseId) {
        return view(find(caseId));
    }

    /**
     * Notes that the requester's identity was checked, and how (for example: signature compared, ID card copy); once,
     * and never for a person erased meanwhile: a page opened before the erasure would write their name back into the
     * case that was emptied of it.
     */
    public CaseView identityChecked(CaseId caseId, String method) {
        var found = openCase(caseId);
        requireNotErased(found);
        var how = text(method, MOST_METHOD, "method");
        if (how == null) {
            throw new Invalid("invalid", "method", "Say how the identity was checked.");
        }
        found.identityChecked(how);
        record("case.identity-checked", found, null);
        return view(found);
    }

    /**
     * Saves the notes written over the version of them the page drew ({@link CaseView#notesVersion}); refused when
     * other notes were saved meanwhile, from another tab or by a colleague, which the page did not show.
     */
    public CaseView note(CaseId caseId, String notes, long notesVersion) {
        var found = openCase(caseId);
        requireNotErased(found);
        found.note(text(notes, "notes"), notesVersion);
        return view(found);
    }

    /**
     * Records the answer sent, and closes the case. Its writer says whether they wrote it knowing the person erased:
     * written on a page drawn before the erasure, it may name the person and would keep what the erasure took out of
     * the case, so it is refused; written after it, it is kept as written (the page asks for it without the person's
     * details), for no one knows the person any more.
     */
    public CaseView answer(CaseId caseId, String answer, boolean writtenAfterErasure) {
        var found = openCase(caseId);
        if (!writtenAfterErasure) {
            requireNotErased(found);
        }
        var text = text(answer, "answer");
        if (text == null) {
            throw new Invalid("invalid", "answer", "Write down the answer that was sent.");
        }
        found.answer(text, today());
        record("case.answered", found, null);
        return view(found);
    }

    /** Streams the consumer's complete data record (ZIP); the requester's identity must have been checked. */
    public void export(CaseId caseId, Locale locale, OutputStream out) {
        var found = checkedCase(caseId);
        export.forCase(new ConsumerId(found.consumerId()), caseId, locale, out);
    }

    public CaseView rectify(CaseId caseId, String field, String value) {
        var found = checkedCase(caseId);
        var rectified = subjects.rectify(new ConsumerId(found.consumerId()), field, value);
        record(RECTIFIED, found, Audited.change(rectified.field(), rectified.oldValue(), rectified.newValue()));
        return view(found);
    }

    public CaseView restrict(CaseId caseId) {
        var found = checkedCase(caseId);
        if (!subjects.restrict(new ConsumerId(found.consumerId()))) {
            throw new Conflict("already-restricted", "Processing of this consumer's data is restricted already.");
        }
        record(RESTRICTED, found, null);
        return view(found);
    }

    public CaseView lift(CaseId caseId) {
        var found = checkedCase(caseId);
        if (!subjects.lift(new ConsumerId(found.consumerId()))) {
            throw new Conflict("not-restricted", "Processing of this consumer's data is not restricted.");
        }
        record("consumer.unrestricted", found, null);
        return view(found);
    }

    public CaseView withdrawConsent(CaseId caseId, String purpose) {
        var found = checkedCase(caseId);
        var which = Purpose.of(purpose)
                .orElseThrow(() -> new Invalid("invalid-purpose", "purpose", "Unknown purpose " + purpose + "."));
        consents.withdrawInWriting(new ConsumerId(found.consumerId()), which, found.channel(), caseId);
        return view(found);
    }

    /** Erases the consumer; the case stays, without them, as proof of what was done. */
    public CaseView erase(CaseId caseId) {
        return erase(caseId, null);
    }

    /**
     * Erases the consumer and, for a request to erase, given the answer sent (the letter that says so), closes the case
     * with it: recorded before the erasure, the answer loses the person's names, number and address with the rest of
     * the case. An answer recorded after the erasure is kept as written, for no one knows the person any more; a case
     * of another kind keeps its draft open.
     */
    public CaseView erase(CaseId caseId, String answer) {
        var found = checkedCase(caseId);
        var text = text(answer, "answer");
        if (text != null && found.kind().equals("erasure")) {
            found.answer(text, today());
            record("case.answered", found, null);
        }
        erasure.forCase(new ConsumerId(found.consumerId()), caseId);
        // the erasure's audit entry is pending: written first, or clearing the context would drop it unseen
        em.flush();
        em.clear();
        return view(find(caseId));
    }

    /**
     * What was done in answer to the case, in order, with when and who: the case's record, kept also after the person
     * was erased (their details in it emptied). Reading the trail is not an action on the case and is left out.
     */
    public List<AuditEntry> actions(CaseId caseId) {
        return audit.ofCase(caseId).stream()
                .filter(entry -> !entry.action().equals(TRAIL_READ))
                .toList();
    }

    /** The audit entries about the case's consumer, newest first; reading them is audited too. */
    public List<AuditEntry> trail(CaseId caseId, int offset, int limit) {
        var found = find(caseId);
        requireNotErased(found);
        // once per officer and quarter of an hour: working on a case redraws its page, and reading the trail is not
        // an event of its own for every redraw
        audit.recordAccess(new Audited(
                TRAIL_READ,
                Audited.DATA_SUBJECT_REQUEST,
                found.consumer(),
                "case:" + found.id(),
                found.number(),
                null));
        return audit.about(new ConsumerId(found.consumerId()), offset, limit);
    }

    /** Checks the whole audit trail's chain. */
    public Verification verify() {
        return audit.verify();
    }

    private DataSubjectCase find(CaseId caseId) {
        var found = em.find(DataSubjectCase.class, caseId.value());
        if (found == null) {
            throw new NotFound("There is no case " + caseId.value() + ".");
        }
        return found;
    }

    private DataSubjectCase openCase(CaseId caseId) {
        var found = find(caseId);
        if (!found.isOpen()) {
            throw new Conflict("case-answered", "Case " + caseId.value() + " is answered and closed.");
        }
        return found;
    }

    /** An open case of a consumer who is still there, whose identity the officer has checked. */
    private DataSubjectCase checkedCase(CaseId caseId) {
        var found = openCase(caseId);
        requireNotErased(found);
        if (!found.identityChecked()) {
            throw new Conflict(
                    "identity-not-checked",
                    "Check the requester's identity first, and note how: nothing is done for"
                            + " a letter anyone could have written.");
        }
        return found;
    }

    private static void requireNotErased(DataSubjectCase found) {
        if (found.consumerId() == null) {
            throw new Gone("consumer-erased", "The consumer of case " + found.id() + " has been erased.");
        }
    }

    private void record(String action, DataSubjectCase found, String detail) {
        audit.record(new Audited(
                action, Audited.DATA_SUBJECT_REQUEST, found.consumer(), "case:" + found.id(), found.number(), detail));
    }

    private CaseView view(DataSubjectCase found) {
        var subject = found.consumerId() == null
                ? null
                : subjects.subject(new ConsumerId(found.consumerId())).orElse(null);
        var requested = REQUESTED_ACTION.get(found.kind());
        // done under this case, or otherwise meanwhile: the person deleted their account in the app, or another case
        // restricted them already
        var done = audit.ofCase(found.number()).stream()
                        .anyMatch(entry -> entry.action().equals(requested))
                || (found.kind().equals("erasure") && found.erasedAt() != null)
                || (found.kind().equals("restriction") && subject != null && subject.restricted());
        return CaseView.of(found, subject, today(), done);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Clocks.GERMANY);
    }

    private static String text(String value, String field) {
        return text(value, MOST_TEXT, field);
    }

    private static String text(String value, int most, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var stripped = value.strip();
        if (stripped.length() > most) {
            throw new Invalid("text-too-long", field, "At most " + most + " characters.");
        }
        return stripped;
    }
}
