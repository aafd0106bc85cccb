package de.anliegen.company.boundary;

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

    /** When the first response to a request opened at {@code openedAt} is due; empty without a promise. */
    public Optional<Instant> firstResponseDue(Instant openedAt) {
        return firstResponseMinutes == null
                ? Optional.empty()
                : Optional.of(hours.after(openedAt, Duration.ofMinutes(firstResponseMinutes), Clocks.GERMANY));
    }
}
