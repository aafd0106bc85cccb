package de.anliegen.platform.database;

import java.util.Locale;

/**
 * A search term as a JPQL {@code like} pattern that finds it anywhere, in any case: the term's own {@code %} and
 * {@code _} are literal (queries use {@code escape '!'}).
 */
public final class LikePattern {

    private LikePattern() {}

    /** The pattern, or null for a blank term (queries read null as "no filter"). */
    public static String containing(String term) {
        if (term == null || term.isBlank()) {
            return null;
        }
        return "%"
                + term.strip()
                        .toLowerCase(Locale.ROOT)
                        .replace("!", "!!")
                        .replace("%", "!%")
                        .replace("_", "!_")
                + "%";
    }
}
