package de.anliegen.privacy.boundary;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/**
 * Reads a query a page at a time by its ascending key, and forgets each page before the next: how holders export
 * however many rows they have in bounded memory.
 */
public final class Pages {

    private Pages() {}

    /** {@code pageAfter} answers at most {@code size} rows with a key above the given one, in key order. */
    public static <T> void each(
            EntityManager em, int size, LongFunction<List<T>> pageAfter, ToLongFunction<T> key, Consumer<T> action) {
        long after = 0;
        while (true) {
            var page = pageAfter.apply(after);
            for (var row : page) {
                action.accept(row);
                after = key.applyAsLong(row);
            }
            em.clear();
            if (page.size() < size) {
                return;
            }
        }
    }
}
