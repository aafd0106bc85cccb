package de.anliegen.privacy.control;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Free text kept after an erasure (a case's notes, how identity was checked, the answer) without what identified the
 * person: each of their names, numbers and addresses, and each word of the details the audit trail held about them
 * (a rectification's old value), is replaced by {@value #ERASED}, whatever its case.
 */
public final class WithoutPerson {

    public static final String ERASED = "[…]";

    /** Shorter pieces are words anyone writes ("de", "an"), not what identifies someone. */
    private static final int SHORTEST = 3;

    private static final Pattern SEPARATORS = Pattern.compile("[\\s→,;]+");

    private final Pattern identifying;

    public WithoutPerson(Collection<String> identifiers, Collection<String> details) {
        var pieces = Stream.concat(
                        identifiers.stream().filter(Objects::nonNull),
                        details.stream()
                                .filter(Objects::nonNull)
                                .flatMap(detail -> Stream.of(SEPARATORS.split(detail)))
                                .filter(word -> !word.endsWith(":")))
                .map(String::strip)
                .filter(piece -> piece.length() >= SHORTEST)
                .map(piece -> piece.toLowerCase(Locale.ROOT))
                .distinct()
                // the longest first: "Ernst12a" goes whole before "Ernst12" would leave its "a"
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .toList();
        identifying = pieces.isEmpty()
                ? null
                : Pattern.compile(String.join("|", pieces), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public String of(String text) {
        return text == null || identifying == null
                ? text
                : identifying.matcher(text).replaceAll(ERASED);
    }
}
