package de.anliegen.company.boundary;

import de.anliegen.company.entity.Company;
import de.anliegen.platform.problems.Invalid;
import de.anliegen.platform.time.Clocks;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What a company promises its consumers: a first response within {@code firstResponseMinutes} of its working
 * {@code hours} (none: no promise; no hours: around the clock).
 */
public record ServiceLevel(Integer firstResponseMinutes, ServiceHours hours) implements Serializable {

    /**
     * The minutes of a promise given in hours (0 to a week's) and minutes (0 to 59): each is checked on its own, or
     * 1 hour and -30 minutes would be a promise of 30 minutes.
     */
    public static int firstResponseMinutes(int hours, int minutes) {
        if (hours < 0 || hours > Company.MOST_FIRST_RESPONSE_MINUTES / 60 || minutes < 0 || minutes > 59) {
            throw new Invalid(
                    "invalid-first-response-time",
                    "firstResponseMinutes",
                    "Hours from 0 to " + Company.MOST_FIRST_RESPONSE_MINUTES / 60 + ", minutes from 0 to 59.");
        }
        return hours * 60 + minutes;
    }

    /** When the first response to a request opened at {@code openedAt} is due; empty without a promise. */
    public Optional<Instant> firstResponseDue(Instant openedAt) {
        return firstResponseMinutes == null
                ? Optional.empty()
                : Optional.of(hours.after(openedAt, Duration.ofMinutes(firstResponseMinutes), Clocks.GERMANY));
    }
}
