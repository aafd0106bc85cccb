package de.anliegen.privacy.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.anliegen.platform.problems.Invalid;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A statistic covers whole days up to today, a year at most; any other choice is refused with its reason. */
class StatisticsPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @Test
    void the_last_days_end_today_and_count_both_ends() {
        var week = StatisticsPeriod.last(7, TODAY);
        assertEquals(LocalDate.of(2026, 11, 29), week.from());
        assertEquals(TODAY, week.to());
        assertEquals(7, week.days());
        assertEquals(1, StatisticsPeriod.of(TODAY, TODAY, TODAY).days());
    }

    @Test
    void a_year_of_a_leap_year_fits_and_a_day_more_does_not() {
        assertEquals(
                366,
                StatisticsPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), TODAY)
                        .days());
        var refused = assertThrows(
                Invalid.class,
                () -> StatisticsPeriod.of(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 12, 31), TODAY));
        assertEquals(StatisticsPeriod.INVALID, refused.type());
    }

    @Test
    void a_period_ending_tomorrow_reversed_or_missing_a_day_is_refused_with_its_reason() {
        var future = assertThrows(Invalid.class, () -> StatisticsPeriod.of(TODAY, TODAY.plusDays(1), TODAY));
        assertEquals(StatisticsPeriod.IN_FUTURE, future.type());
        assertEquals("to", future.field().orElseThrow());
        assertEquals(
                StatisticsPeriod.INVALID,
                assertThrows(Invalid.class, () -> StatisticsPeriod.of(TODAY, TODAY.minusDays(1), TODAY))
                        .type());
        assertEquals(
                StatisticsPeriod.INVALID,
                assertThrows(Invalid.class, () -> StatisticsPeriod.of(null, TODAY, TODAY))
                        .type());
        assertEquals(
                StatisticsPeriod.INVALID,
                assertThrows(Invalid.class, () -> StatisticsPeriod.of(TODAY, null, TODAY))
                        .type());
    }
}
