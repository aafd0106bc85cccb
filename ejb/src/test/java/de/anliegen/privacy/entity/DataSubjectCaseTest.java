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
}
