package de.anliegen.web.portal.dpo;

import de.anliegen.audit.boundary.AuditEntry;
import de.anliegen.audit.boundary.CaseId;
import de.anliegen.platform.problems.DatabaseFailures;
import de.anliegen.platform.problems.NotFound;
import de.anliegen.platform.problems.ProblemException;
import de.anliegen.privacy.boundary.CaseView;
import de.anliegen.privacy.boundary.DataSubjectCases;
import de.anliegen.privacy.boundary.Purpose;
import de.anliegen.web.portal.AddressIds;
import de.anliegen.web.portal.PortalMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/** One case: the person, the deadline, the identity check, and every action the request asks for, each audited. */
@Named
@ViewScoped
public class CaseFileView implements Serializable {

    @Inject
    DataSubjectCases cases;

    @Inject
    PortalMessages messages;

    /** The entries of the person's trail the page shows, the newest first; the export holds them all. */
    static final int TRAIL_SHOWN = 200;

    private long id;
    private boolean trailCut;
    private CaseView file;
    /** Whether the page was drawn with the person erased: drawn before, its answer's draft may name them. */
    private boolean drawnErased;

    private List<AuditEntry> trail = List.of();
    private List<AuditEntry> actions = List.of();
    private String method;
    private String notes;
    /** The version of the notes the text in the box was written over: a save names it. */
    private long notesVersion;
    /** A save was refused for notes saved meanwhile: the page shows them beside the box, which keeps its text. */
    private boolean notesChanged;

    private String field = "lastName";
    private String value;
    private String purpose = "service-requests";
    private String answer;

    /** f:viewAction: the case of the id in the address, or the message that there is none. */
    public void load() {
        try {
            file = cases.get(caseId());
            drawnErased = file.erased();
            notes = file.notes();
            notesVersion = file.notesVersion();
            // one more than shown, to know whether there are more
            trail = file.erased() ? List.of() : cases.trail(caseId(), 0, TRAIL_SHOWN + 1);
            trailCut = trail.size() > TRAIL_SHOWN;
            trail = trailCut ? List.copyOf(trail.subList(0, TRAIL_SHOWN)) : trail;
            actions = cases.actions(caseId());
        } catch (NotFound e) {
            // an address with a number no case has (a case is never deleted, so it never existed)
            file = null;
            messages.error("portal.dpo.case.missing");
        }
        // the export's download refused (ExportServlet) sends the officer back here with why, as a parameter of this
        // request alone
        var refused = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("refused");
        if (refused != null) {
            messages.problemOfType(refused);
        }
    }

    public void checkIdentity() {
        act(() -> cases.identityChecked(caseId(), method), "portal.dpo.identity.saved");
    }

    /**
     * Saves the notes over the version the page drew. Refused when others were saved meanwhile: the page shows those,
     * the box keeps what was typed, and saving again replaces them knowingly.
     */
    public void saveNotes() {
        var drawn = notesVersion;
        var saved = act(() -> cases.note(caseId(), notes, drawn), "portal.dpo.notes.saved");
        if (file != null && (saved || file.notesVersion() != drawn)) {
            notesChanged = !saved;
            notesVersion = file.notesVersion();
        }
    }

    /** Rectifies the field; a value refused (an address another person uses) stays in its box to be corrected. */
    public void rectify() {
        if (act(() -> cases.rectify(caseId(), field, value), "portal.dpo.rectified")) {
            value = null;
        }
    }

    public void restrict() {
        act(() -> cases.restrict(caseId()), "portal.dpo.restricted");
    }

    public void lift() {
        act(() -> cases.lift(caseId()), "portal.dpo.lifted");
    }

    public void withdraw() {
        act(() -> cases.withdrawConsent(caseId(), purpose), "portal.dpo.withdrawn");
    }

    public void erase() {
        // the answer written meanwhile goes with it, so that the person's name leaves it too
        act(() -> cases.erase(caseId(), answer), "portal.dpo.erased");
    }

    public void answer() {
        act(() -> cases.answer(caseId(), answer, drawnErased), "portal.dpo.answered");
    }

    private CaseId caseId() {
        return new CaseId(id);
    }

    /**
     * Does one thing on the case; notes not saved yet stay in their box with the version they were written over, so
     * that saving them later still sees notes saved meanwhile (the answer's draft stays anyway). Whether it was done.
     */
    private boolean act(Supplier<CaseView> action, String done) {
        var draft = notes;
        var drawn = notesVersion;
        var acted = false;
        notesChanged = false;
        try {
            file = action.get();
            messages.info(done);
            acted = true;
        } catch (ProblemException e) {
            messages.problem(e, null);
        } catch (RuntimeException e) {
            if (!DatabaseFailures.isTransientConflict(e)) {
                throw e;
            }
            // the person changed their profile in the app, or another tab the case, at the same moment: read afresh,
            // to be done again
            messages.error("portal.dpo.changed.meanwhile");
        }
        load();
        if (file != null && !file.erased() && draft != null) {
            notes = draft;
            notesVersion = drawn;
        }
        return acted;
    }

    /** Whether the trail shown is only the newest {@value #TRAIL_SHOWN} entries of a longer one: the page says so. */
    public boolean isTrailCut() {
        return trailCut;
    }

    /** Reads the case again, nothing else (after the export's download, which the page does not see end). */
    public void reRead() {
        file = cases.get(caseId());
    }

    /** The question before closing the case: what is still open, if anything, so that nothing closes by mistake. */
    public String getClosingQuestion() {
        var open = new ArrayList<String>();
        if (!file.identityChecked()) {
            open.add(messages.text("portal.dpo.close.identity"));
        }
        if (!file.requestedDone()) {
            open.add(messages.textOr("portal.dpo.close.requested." + file.kind(), file.kind()));
        }
        return open.isEmpty()
                ? messages.text("portal.dpo.close.ready")
                : messages.text("portal.dpo.close.open", String.join(" ", open));
    }

    public List<String> getPurposes() {
        return Arrays.stream(Purpose.values()).map(Purpose::key).toList();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    /** The id as the address gives it: {@code ?id=abc} is answered as an id that does not exist. */
    public String getAddressId() {
        return String.valueOf(id);
    }

    public void setAddressId(String value) {
        this.id = AddressIds.of(value);
    }

    public CaseView getFile() {
        return file;
    }

    /** What was done in answer to this case: kept, and shown, also after the person was erased. */
    public List<AuditEntry> getActions() {
        return actions;
    }

    public List<AuditEntry> getTrail() {
        return trail;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public boolean isNotesChanged() {
        return notesChanged;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
