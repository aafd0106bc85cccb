package de.anliegen.company.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.anliegen.platform.problems.Invalid;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Working time counts only within a company's hours, in German time, across nights, weekends and clock changes. */
class ServiceHoursTest {

    private static final ZoneId GERMANY = ZoneId.of("Europe/Berlin");
    private static final ServiceHours WEEKDAYS =
            ServiceHours.parse("MON 08:00-18:00,TUE 08:00-18:00,WED 08:00-18:00,THU 08:00-18:00,FRI 08:00-18:00");

    @Test
    void within_the_hours_the_time_counts_as_it_passes() {
        // Wednesday 2 December 2026, 10:00
        assertEquals(at(2026, 12, 2, 14, 0), WEEKDAYS.after(at(2026, 12, 2, 10, 0), Duration.ofHours(4), GERMANY));
    }

    @Test
    void friday_evening_is_due_on_monday_morning() {
        assertEquals(at(2026, 12, 7, 11, 0), WEEKDAYS.after(at(2026, 12, 4, 17, 0), Duration.ofHours(4), GERMANY));
        assertEquals(
                at(2026, 12, 7, 12, 0),
                WEEKDAYS.after(at(2026, 12, 5, 23, 30), Duration.ofHours(4), GERMANY),
                "on a closed day the time starts when the hours next open");
    }

    @Test
    void before_opening_the_time_starts_at_opening_and_it_ends_exactly_at_closing() {
        assertEquals(at(2026, 12, 2, 9, 0), WEEKDAYS.after(at(2026, 12, 2, 6, 0), Duration.ofHours(1), GERMANY));
        assertEquals(at(2026, 12, 2, 18, 0), WEEKDAYS.after(at(2026, 12, 2, 8, 0), Duration.ofHours(10), GERMANY));
        assertEquals(at(2026, 12, 3, 8, 1), WEEKDAYS.after(at(2026, 12, 2, 8, 0), Duration.ofMinutes(601), GERMANY));
    }

    @Test
    void a_clock_change_does_not_change_the_hours_counted() {
        // the clocks went forward in the night to Sunday 29 March 2026: Monday 8:00 is summer time
        var hours = ServiceHours.parse("SAT 20:00-23:00,MON 08:00-18:00");
        assertEquals(at(2026, 3, 30, 9, 0), hours.after(at(2026, 3, 28, 22, 0), Duration.ofHours(2), GERMANY));
    }

    @Test
    void without_hours_the_time_counts_around_the_clock() {
        var none = ServiceHours.parse("");
        assertEquals(at(2026, 12, 6, 3, 0), none.after(at(2026, 12, 5, 23, 0), Duration.ofHours(4), GERMANY));
    }

    @Test
    void the_hours_are_kept_as_text_monday_first_and_read_back_alike() {
        var hours = ServiceHours.parse("SAT 09:00-13:00,MON 08:00-18:00");
        assertEquals("MON 08:00-18:00,SAT 09:00-13:00", hours.text());
        assertEquals(hours, ServiceHours.parse(hours.text()));
    }

    @Test
    void a_day_that_closes_before_it_opens_is_refused() {
        var refused =
                assertThrows(Invalid.class, () -> ServiceHours.span(LocalTime.of(18, 0), LocalTime.of(8, 0), "monday"));
        assertEquals("monday", refused.field().orElseThrow());
        assertThrows(Invalid.class, () -> ServiceHours.span(LocalTime.NOON, LocalTime.NOON, "monday"));
    }

    @Test
    void a_time_with_seconds_is_refused_since_the_hours_are_kept_to_the_minute() {
        var refused = assertThrows(
                Invalid.class, () -> ServiceHours.span(LocalTime.of(8, 0, 30), LocalTime.of(18, 0), "monday"));
        assertEquals("invalid-service-hours", refused.type());
        assertThrows(
                Invalid.class,
                () -> ServiceHours.span(LocalTime.of(8, 0), LocalTime.of(18, 0).plusNanos(1), "monday"));
        // what is accepted is read back alike
        var hours = new ServiceHours(
                Map.of(DayOfWeek.MONDAY, ServiceHours.span(LocalTime.of(8, 30), LocalTime.of(17, 45), "monday")));
        assertEquals(hours, ServiceHours.parse(hours.text()));
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(GERMANY).toInstant();
    }
}
