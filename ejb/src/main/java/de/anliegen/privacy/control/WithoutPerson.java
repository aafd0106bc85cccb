package de.anliegen.privacy.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Free text kept after an erasure (a case's notes, how identity was checked, the answer) without what identified the
 * person, each replaced by {@value #ERASED} whatever its case: their names and addresses wherever they stand (also in
 * "Schmidts" or an address), a name shorter than {@value #SHORTEST} letters where it stands as a word of its own, their
 * mobile number however it was written ({@code +49 151 1234 5678}, {@code 0151/12345678}, {@code 0049…}), and each
 * word of the details the audit trail held about them (a rectification's old value) wherever it stands.
 */
public final class WithoutPerson {

    public static final String ERASED = "[…]";

    /** Shorter words of the audit's details are words anyone writes ("de", "an"), not what identifies someone. */
    private static final int SHORTEST = 3;

    private static final Pattern SEPARATORS = Pattern.compile("[\\s→,;]+");
    private static final Pattern E164 = Pattern.compile("\\+\\d{8,15}");
    /** What people write between the digits of a number. */
    private static final String DIGIT_GAP = "[\\s\\-/().]*";
    /** Not a part of a longer word or number. */
    private static final String ALONE_BEFORE = "(?<![\\p{L}\\p{N}])";

    private static final String ALONE_AFTER = "(?![\\p{L}\\p{N}])";

    private final Pattern identifying;

    public WithoutPerson(Collection<String> identifiers, Collection<String> details) {
        var named = identifiers.stream()
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(identifier -> !identifier.isEmpty())
                .distinct();
        var detailWords = details.stream()
                .filter(Objects::nonNull)
                .flatMap(detail -> Stream.of(SEPARATORS.split(detail)))
                .filter(word -> !word.endsWith(":"))
                .map(String::strip)
                .filter(word -> word.length() >= SHORTEST)
                .distinct();
        var pieces = Stream.concat(named.map(WithoutPerson::asWritten), detailWords.map(Pattern::quote))
                .distinct()
                // the longest first: "Ernst12a" goes whole before "Ernst12" would leave its "a"
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        identifying = pieces.isEmpty()
                ? null
                : Pattern.compile(String.join("|", pieces), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * A name or address wherever it stands; a short name only as a word of its own ("Li", not the "li" in "bitte
     * liefern"); a number in E.164 also as people write it, nationally or spaced.
     */
    private static String asWritten(String identifier) {
        if (!E164.matcher(identifier).matches()) {
            return identifier.length() < SHORTEST
                    ? ALONE_BEFORE + Pattern.quote(identifier) + ALONE_AFTER
                    : Pattern.quote(identifier);
        }
        var digits = identifier.substring(1);
        var forms = new ArrayList<String>();
        // the country code has one to three digits; whichever it is, the rest may follow a 0 or +CC or 00CC
        for (var codeLength = 1; codeLength <= 3; codeLength++) {
            var national = spaced(digits.substring(codeLength));
            var country = spaced(digits.substring(0, codeLength));
            forms.add("(?:(?:\\+|00)" + DIGIT_GAP + country + "|0)" + DIGIT_GAP + national);
        }
        return "(?<![\\d+])(?:" + String.join("|", forms) + ")(?!\\d)";
    }

    private static String spaced(String digits) {
        return String.join(DIGIT_GAP, digits.split(""));
    }

    public String of(String text) {
        return text == null || identifying == null
                ? text
                : identifying.matcher(text).replaceAll(ERASED);
    }
}
