package de.anliegen.identity.control;

import de.anliegen.platform.boundary.TooManyRequests;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Sliding-window limits: at most so many events within the window, and the caller learns when the next is allowed. */
public final class Limits {

    private Limits() {}

    /**
     * Refuses when {@code earlier} (oldest first, all within the window) already holds {@code most} events; Retry-After
     * is when the oldest of them leaves the window.
     */
    public static void atMost(int most, List<Instant> earlier, Duration window, Instant now, String detail) {
        if (earlier.size() >= most) {
            throw new TooManyRequests(
                    detail + " Please try again later.",
                    Duration.between(now, earlier.get(0).plus(window)));
        }
    }
}
