package de.anliegen.platform.control;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/** When a nightly job is due: its time of day has come since it last ran. */
public final class NightlyDue {

    private NightlyDue() {}

    /** Whether a job that runs at {@code at} (in {@code zone}) and last ran at {@code lastRun} is due {@code now}. */
    public static boolean due(LocalTime at, Instant lastRun, Instant now, ZoneId zone) {
        return lastRun.isBefore(latest(at, now, zone));
    }

    /** The latest moment at or before {@code now} when the clocks in {@code zone} showed {@code at}. */
    static Instant latest(LocalTime at, Instant now, ZoneId zone) {
        var today = now.atZone(zone).toLocalDate();
        var latest = today.atTime(at).atZone(zone).toInstant();
        return latest.isAfter(now) ? today.minusDays(1).atTime(at).atZone(zone).toInstant() : latest;
    }
}
