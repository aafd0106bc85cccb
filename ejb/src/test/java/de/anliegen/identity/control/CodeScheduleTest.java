package de.anliegen.identity.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.platform.problems.TooManyRequests;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class CodeScheduleTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    private static final CodeSchedule SCHEDULE = new CodeSchedule(5, 10, List.of(0, 0, 5, 15, 30, 60));

    @Test
    void the_first_codes_of_a_day_go_at_once_then_each_waits_longer() {
        assertDoesNotThrow(() -> SCHEDULE.check(List.of(), NOW));
        assertDoesNotThrow(() -> SCHEDULE.check(sentMinutesAgo(0), NOW));
        assertDoesNotThrow(() -> SCHEDULE.check(sentMinutesAgo(1, 0), NOW));
        assertEquals(Duration.ofMinutes(5), refusal(sentMinutesAgo(2, 1, 0)));
        assertDoesNotThrow(() -> SCHEDULE.check(sentMinutesAgo(12, 11, 5), NOW));
        assertEquals(Duration.ofMinutes(10), refusal(sentMinutesAgo(30, 29, 20, 5)));
        assertEquals(Duration.ofMinutes(50), refusal(sentMinutesAgo(300, 290, 280, 270, 260, 10)));
        assertEquals(
                Duration.ofMinutes(55), refusal(sentMinutesAgo(600, 500, 400, 300, 200, 100, 5)), "the last repeats");
    }

    @Test
    void at_most_so_many_an_hour_and_a_day_whatever_the_waits() {
        var noWaits = new CodeSchedule(3, 5, List.of(0));
        var refusedThisHour = assertThrows(TooManyRequests.class, () -> noWaits.check(sentMinutesAgo(50, 40, 30), NOW));
        assertEquals(Duration.ofMinutes(10), refusedThisHour.retryAfter().orElseThrow());
        assertDoesNotThrow(() -> noWaits.check(sentMinutesAgo(70, 40, 30), NOW));

        var day = LongStream.of(1200, 900, 600, 300, 100)
                .mapToObj(m -> NOW.minus(Duration.ofMinutes(m)))
                .toList();
        var refusedToday = assertThrows(TooManyRequests.class, () -> noWaits.check(day, NOW));
        assertTrue(refusedToday.getMessage().contains("today"), refusedToday.getMessage());
        assertEquals(Duration.ofHours(4), refusedToday.retryAfter().orElseThrow());
    }

    private static Duration refusal(List<Instant> sent) {
        return assertThrows(TooManyRequests.class, () -> SCHEDULE.check(sent, NOW))
                .retryAfter()
                .orElseThrow();
    }

    private static List<Instant> sentMinutesAgo(long... minutes) {
        return LongStream.of(minutes)
                .mapToObj(m -> NOW.minus(Duration.ofMinutes(m)))
                .toList();
    }
}
