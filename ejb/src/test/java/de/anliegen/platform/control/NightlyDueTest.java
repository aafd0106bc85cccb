package de.anliegen.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class NightlyDueTest {

    private static final ZoneId GERMANY = ZoneId.of("Europe/Berlin");
    private static final LocalTime AT = LocalTime.of(3, 17);

    @Test
    void a_job_is_due_once_its_time_has_come_since_it_last_ran() {
        var lastRun = Instant.parse("2026-12-03T02:17:30Z"); // 03:17:30 in Berlin (winter)
        assertFalse(NightlyDue.due(AT, lastRun, Instant.parse("2026-12-04T02:16:59Z"), GERMANY), "a minute early");
        assertTrue(NightlyDue.due(AT, lastRun, Instant.parse("2026-12-04T02:17:00Z"), GERMANY), "on time");
        assertTrue(NightlyDue.due(AT, lastRun, Instant.parse("2026-12-04T15:00:00Z"), GERMANY), "missed: runs later");
    }

    @Test
    void a_job_that_ran_tonight_is_not_due_again_before_the_next_night() {
        var lastRun = Instant.parse("2026-12-04T02:17:05Z");
        assertFalse(NightlyDue.due(AT, lastRun, Instant.parse("2026-12-04T02:17:10Z"), GERMANY));
        assertFalse(NightlyDue.due(AT, lastRun, Instant.parse("2026-12-05T02:16:00Z"), GERMANY));
        assertTrue(NightlyDue.due(AT, lastRun, Instant.parse("2026-12-05T02:17:00Z"), GERMANY));
    }

    @Test
    void the_time_of_day_is_german_time_in_summer_and_winter() {
        assertEquals(
                Instant.parse("2026-07-01T01:17:00Z"),
                NightlyDue.latest(AT, Instant.parse("2026-07-01T12:00:00Z"), GERMANY));
        assertEquals(
                Instant.parse("2026-12-31T02:17:00Z"),
                NightlyDue.latest(AT, Instant.parse("2027-01-01T01:00:00Z"), GERMANY),
                "before 03:17 it is yesterday's");
    }

    @Test
    void a_time_the_clocks_skip_comes_an_hour_later_that_night() {
        // 2027-03-28: the clocks go from 02:00 to 03:00 in Germany; a job at 02:30 runs at 03:30 summer time, 01:30 UTC
        // as on any night
        assertEquals(
                Instant.parse("2027-03-28T01:30:00Z"),
                NightlyDue.latest(LocalTime.of(2, 30), Instant.parse("2027-03-28T06:00:00Z"), GERMANY));
    }
}
