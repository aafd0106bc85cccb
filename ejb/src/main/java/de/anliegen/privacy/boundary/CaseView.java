package de.anliegen.privacy.boundary;

import de.anliegen.identity.boundary.DataSubject;
import de.anliegen.privacy.entity.DataSubjectCase;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A case as the data protection officer works on it: whose request (absent once the consumer is erased), what kind,
 * when received, the deadline with the days left (negative: overdue), the identity check, whether what the person
 * asked for was done ({@code requestedDone}: exported, rectified, restricted, erased or consent withdrawn), notes (with
 * the version a save of them names) and the answer.
 */
public record CaseView(
        long id,
        DataSubject subject,
        String kind,
        String channel,
        LocalDate receivedOn,
        LocalDate dueOn,
        long daysLeft,
        boolean overdue,
        boolean identityChecked,
        String identityCheckMethod,
        boolean requestedDone,
        String notes,
        long notesVersion,
        String status,
        String answer,
        LocalDate answeredOn,
        Instant erasedAt)
        implements Serializable {

    static CaseView of(DataSubjectCase c, DataSubject subject, LocalDate today, boolean requestedDone) {
        var daysLeft = ChronoUnit.DAYS.between(today, c.dueOn());
        return new CaseView(
                c.id(),
                subject,
                c.kind(),
                c.channel(),
                c.receivedOn(),
                c.dueOn(),
                daysLeft,
                c.isOpen() && daysLeft < 0,
                c.identityChecked(),
                c.identityCheckMethod(),
                requestedDone,
                c.notes(),
                c.notesVersion(),
                c.status(),
                c.answer(),
                c.answeredOn(),
                c.erasedAt());
    }

    public boolean erased() {
        return erasedAt != null;
    }
}
