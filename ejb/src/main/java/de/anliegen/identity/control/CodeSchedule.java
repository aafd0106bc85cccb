package de.anliegen.identity.control;

import de.anliegen.platform.problems.TooManyRequests;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How often one mobile number gets a code, whatever registration asks for it: at most so many an hour and a day,
 * and after each code of the day a longer wait before the next one.
 *
 * @param perHour codes within an hour, at most
 * @param perDay codes within 24 hours, at most
 * @param waitsMinutes minutes to wait after the 1st, 2nd, 3rd … code of the last 24 hours; the last figure repeats
 */
public record CodeSchedule(int perHour, int perDay, List<Integer> waitsMinutes) {

    public static final Duration DAY = Duration.ofHours(24);
    private static final Duration HOUR = Duration.ofHours(1);

    /** Refuses with the time the next code may go, given the codes sent to the number in the last 24 hours. */
    public void check(List<Instant> sentLastDay, Instant now) {
        Limits.atMost(perDay, sentLastDay, DAY, now, "Too many codes were sent to this number today.");
        var lastHour = sentLastDay.stream()
                .filter(sent -> sent.isAfter(now.minus(HOUR)))
                .toList();
        Limits.atMost(perHour, lastHour, HOUR, now, "Too many codes were sent to this number.");
        if (sentLastDay.isEmpty()) {
            return;
        }
        var next = sentLastDay.get(sentLastDay.size() - 1).plus(Duration.ofMinutes(wait(sentLastDay.size())));
        if (now.isBefore(next)) {
            throw new TooManyRequests(
                    "This number got " + sentLastDay.size() + " codes today; the next one can be sent at " + next + ".",
                    Duration.between(now, next));
        }
    }

    private int wait(int sent) {
        return waitsMinutes.get(Math.min(sent, waitsMinutes.size()) - 1);
    }
}
