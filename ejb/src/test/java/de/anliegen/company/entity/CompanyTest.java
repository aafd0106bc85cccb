package de.anliegen.company.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.anliegen.platform.problems.Invalid;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CompanyTest {

    private final Company company =
            new Company("stadtwerke", "Stadtwerke", null, null, Instant.parse("2026-12-05T08:00:00Z"));

    @Test
    void mails_while_no_one_is_in_go_out_after_five_minutes_to_a_day_or_never() {
        company.mailWhenAway(5);
        assertEquals(5, company.awayMailMinutes());
        company.mailWhenAway(1440);
        assertEquals(1440, company.awayMailMinutes());
        company.mailWhenAway(null);
        assertNull(company.awayMailMinutes());
    }

    @Test
    void fewer_than_five_minutes_or_more_than_a_day_are_refused_and_change_nothing() {
        company.mailWhenAway(30);
        for (var minutes : new int[] {4, 0, -1, 1441}) {
            var refused = assertThrows(Invalid.class, () -> company.mailWhenAway(minutes));
            assertEquals("awayMailMinutes", refused.field().orElseThrow());
        }
        assertEquals(30, company.awayMailMinutes());
    }
}
