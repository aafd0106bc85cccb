package de.anliegen.conversation.control;

import de.anliegen.platform.problems.Invalid;
import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The rules for the tags agents give requests: a word or a few (letters of any script, digits, spaces, '-', '_'), at
 * most {@value #MOST_CHARACTERS} characters, kept in lower case with single spaces, so that "Rechnung" and " rechnung"
 * are one tag; at most {@value #MOST_PER_REQUEST} on a request.
 */
public final class Tags {

    public static final int MOST_CHARACTERS = 30;
    public static final int MOST_PER_REQUEST = 10;

    /** The problem types of a refused tag, and of one tag too many. */
    public static final String INVALID = "invalid-tag";

    public static final String TOO_MANY = "too-many-tags";

    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M} _-]*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Tags() {}

    /** One tag as it is kept, or a clear refusal naming {@code field}. */
    public static String tag(String tag, String field) {
        var value = SPACES.matcher(Normalizer.normalize(tag == null ? "" : tag, Normalizer.Form.NFC))
                .replaceAll(" ")
                .strip()
                .toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            throw new Invalid(INVALID, field, "A tag cannot be empty.");
        }
        if (value.codePointCount(0, value.length()) > MOST_CHARACTERS) {
            throw new Invalid(INVALID, field, "A tag has at most " + MOST_CHARACTERS + " characters: " + value);
        }
        if (!TAG.matcher(value).matches()) {
            throw new Invalid(
                    INVALID,
                    field,
                    "A tag begins with a letter or digit and holds letters, digits, spaces, '-' and '_': " + value);
        }
        return value;
    }

    /** A request's tags as they are kept: each checked, duplicates once, in alphabetical order. */
    public static List<String> of(Collection<String> tags, String field) {
        var kept = new TreeSet<String>();
        for (var tag : tags == null ? List.<String>of() : tags) {
            kept.add(tag(tag, field));
        }
        if (kept.size() > MOST_PER_REQUEST) {
            throw new Invalid(TOO_MANY, field, "At most " + MOST_PER_REQUEST + " tags on a request.");
        }
        return List.copyOf(kept);
    }
}
