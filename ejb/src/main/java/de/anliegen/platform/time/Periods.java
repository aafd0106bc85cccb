package de.anliegen.platform.time;

import de.anliegen.platform.problems.Invalid;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The periods of days the figures are shown for: from one day up to a year (a leap year's too), both days included. */
public final class Periods {

    public static final int MOST_DAYS = 366;

    private Periods() {}

    /** The days from {@code from} to {@code to}, both included; refused (400 invalid-period) unless 1 to 366. */
    public static long days(LocalDate from, LocalDate to) {
        var days = from == null || to == null ? 0 : ChronoUnit.DAYS.between(from, to) + 1;
        if (days < 1 || days > MOST_DAYS) {
            throw new Invalid("invalid-period", "period", "Choose a period of 1 to " + MOST_DAYS + " days.");
        }
        return days;
    }
}
