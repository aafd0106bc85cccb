package de.anliegen.privacy.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.anliegen.platform.problems.Conflict;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DataSubjectCaseTest {

    @Test
    void the_identity_is_checked_once_and_a_second_check_leaves_the_first_as_it_was() {
        var found = new DataSubjectCase(
                7L, "access", "letter", LocalDate.of(2026, 12, 1), null, 1L, Instant.parse("2026-12-01T09:00:00Z"));
        found.identityChecked("Unterschrift verglichen");

        var second = assertThrows(Conflict.class, () -> found.identityChecked("Ausweis von Erika Muster"));

        assertEquals("identity-checked-already", second.type());
        assertEquals("Unterschrift verglichen", found.identityCheckMethod());
    }

    @Test
    void notes_saved_over_a_version_saved_over_meanwhile_are_refused_and_the_newer_ones_stay() {
        var found = new DataSubjectCase(
                7L, "access", "letter", LocalDate.of(2026, 12, 1), "Brief", 1L, Instant.parse("2026-12-01T09:00:00Z"));
        var drawn = found.notesVersion();
        found.note("Brief vom Montag, Unterschrift fehlt", drawn);

        var older = assertThrows(Conflict.class, () -> found.note("Brief, mit Anlage", drawn));

        assertEquals("notes-changed", older.type());
        assertEquals("Brief vom Montag, Unterschrift fehlt", found.notes());
        found.note("Brief vom Montag, Unterschrift fehlt, Anlage", found.notesVersion());
        assertEquals("Brief vom Montag, Unterschrift fehlt, Anlage", found.notes(), "over the version shown: saved");
    }

    @Test
    void an_identity_check_leaves_the_version_of_the_notes_as_it_was() {
        var found = new DataSubjectCase(
                7L, "access", "letter", LocalDate.of(2026, 12, 1), "Brief", 1L, Instant.parse("2026-12-01T09:00:00Z"));
        var drawn = found.notesVersion();
        found.identityChecked("Unterschrift verglichen");

        found.note("Brief vom Montag", drawn);

        assertEquals("Brief vom Montag", found.notes());
    }
}
