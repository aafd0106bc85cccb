package de.anliegen.conversation.control;

import java.time.Duration;
import java.util.List;

/** The median of durations: the middle one, or the mean of the two middle ones; null for none. */
public final class Medians {

    private Medians() {}

    public static Duration of(List<Duration> durations) {
        if (durations.isEmpty()) {
            return null;
        }
        var sorted = durations.stream().sorted().toList();
        var middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return sorted.get(middle);
        }
        return sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    }
}
