package de.anliegen.privacy.boundary;

import de.anliegen.platform.problems.Invalid;
import de.anliegen.platform.time.Periods;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The days a statistic covers, {@code from} and {@code to} both included: 1 to {@value Periods#MOST_DAYS} days
 * ({@link Periods}), never ending after today.
 */
public record StatisticsPeriod(LocalDate from, LocalDate to) implements Serializable {

    /** The problem type of a period of the wrong length (or without its days), as {@link Periods} refuses it. */
    public static final String INVALID = "invalid-period";

    /** The problem type of a period that ends after today. */
    public static final String IN_FUTURE = "period-in-future";

    /** The period from one day to another, refused with a reason when it cannot be shown. */
    public static StatisticsPeriod of(LocalDate from, LocalDate to, LocalDate today) {
        if (to != null && to.isAfter(today)) {
            throw new Invalid(IN_FUTURE, "to", "The last day is today at the latest.");
        }
        Periods.days(from, to);
        return new StatisticsPeriod(from, to);
    }

    /** The last {@code days} days, today included. */
    public static StatisticsPeriod last(int days, LocalDate today) {
        return of(today.minusDays(days - 1L), today, today);
    }

    /** How many days the period covers. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
