package de.anliegen.platform.texts;

import de.anliegen.platform.problems.Invalid;
import java.util.regex.Pattern;

/** The rules for what people type into a conversation and for the ids clients choose. */
public final class Texts {

    /** What a client-chosen id may be (a regular expression, the whole id). */
    public static final String CLIENT_ID_PATTERN = "[A-Za-z0-9_-]{8,64}";

    private static final Pattern CLIENT_ID = Pattern.compile(CLIENT_ID_PATTERN);

    private Texts() {}

    /** A client-chosen id: 8 to 64 letters, digits, '-' or '_' (a UUID fits). */
    public static String clientId(String id, String field) {
        if (id == null || !CLIENT_ID.matcher(id).matches()) {
            throw new Invalid(
                    "invalid", field, "Send an id of your own, 8 to 64 letters, digits, '-' or '_' (a UUID).");
        }
        return id;
    }

    /**
     * Text up to {@code most} characters (Unicode code points: an emoji counts once), stored exactly as given;
     * blank text is refused unless {@code mayBeEmpty}, and then stored as none. Only the control characters that no
     * one types are refused.
     */
    public static String text(String text, int most, String field, boolean mayBeEmpty) {
        var value = text == null ? "" : text;
        if (value.isBlank()) {
            if (!mayBeEmpty) {
                throw new Invalid("invalid", field, "Write something: the text cannot be empty.");
            }
            return "";
        }
        if (value.codePointCount(0, value.length()) > most) {
            throw new Invalid("text-too-long", field, "At most " + most + " characters, please.");
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new Invalid("invalid", field, "The text contains control characters.");
        }
        if (!isWellFormed(value)) {
            throw new Invalid("invalid", field, "The text is not well-formed Unicode.");
        }
        return value;
    }

    /**
     * {@code value} cut to fit a column of {@code most} characters, never between the two halves of a character
     * outside the Basic Multilingual Plane (an emoji); null stays null. For what is stored as it came (a login typed,
     * a path asked for, a browser's name), not for what a person writes: that is refused when too long.
     */
    public static String cut(String value, int most) {
        if (value == null || value.length() <= most) {
            return value;
        }
        return value.substring(0, Character.isHighSurrogate(value.charAt(most - 1)) ? most - 1 : most);
    }

    private static boolean isWellFormed(String value) {
        for (var i = 0; i < value.length(); i++) {
            var c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
