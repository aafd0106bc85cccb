package de.anliegen.identity.control;

import de.anliegen.platform.problems.TooManyRequests;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Sliding-window limits: at most so many events within the window, and the caller learns when the next is allowed. */
public final class Limits {

    private Limits() {}

    /** As below, with the earlier events read by a named query taking {@code :since} and one more parameter. */
    public static void atMost(
            EntityManager em,
            String query,
            String parameter,
            String value,
            int most,
            Duration window,
            Instant now,
            String detail) {
        var earlier = em.createNamedQuery(query, Instant.class)
                .setParameter(parameter, value)
                .setParameter("since", now.minus(window))
                .getResultList();
        atMost(most, earlier, window, now, detail);
    }

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
