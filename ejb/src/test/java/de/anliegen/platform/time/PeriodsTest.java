package de.anliegen.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.anliegen.platform.problems.Invalid;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 5);

    @Test
    void a_period_is_one_day_to_a_leap_years_366_both_days_counted() {
        assertEquals(1, Periods.days(DAY, DAY));
        assertEquals(30, Periods.days(DAY.minusDays(29), DAY));
        assertEquals(366, Periods.days(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31)));
    }

    @Test
    void an_empty_reversed_or_longer_period_is_refused() {
        assertEquals(
                "invalid-period",
                assertThrows(Invalid.class, () -> Periods.days(DAY, DAY.minusDays(1)))
                        .type());
        assertThrows(Invalid.class, () -> Periods.days(DAY.minusDays(366), DAY));
        assertThrows(Invalid.class, () -> Periods.days(null, DAY));
        assertThrows(Invalid.class, () -> Periods.days(DAY, null));
    }
}
