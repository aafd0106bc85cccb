package de.anliegen.conversation.control;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The name a file of a conversation is kept and offered under: the sender's name without any path, control or quote
 * characters, and always with an extension of the type its bytes are. A GIF sent as {@code evil.html} is offered as
 * {@code evil.gif}, so that no browser, mail program or unpacked export opens it as something else.
 */
public final class FileNames {

    public static final int MOST_CHARACTERS = 200;

    /** The extensions each type may keep; the first is the one a name without a fitting extension gets. */
    private static final Map<String, List<String>> EXTENSIONS = Map.of(
            "image/jpeg", List.of("jpg", "jpeg"),
            "image/png", List.of("png"),
            "image/gif", List.of("gif"),
            "image/webp", List.of("webp"),
            "application/pdf", List.of("pdf"));

    private FileNames() {}

    /** The name for a file of this (sniffed) type; "attachment" with the type's extension if nothing is left. */
    public static String of(String fileName, String contentType) {
        var extensions = EXTENSIONS.get(contentType);
        if (extensions == null) {
            throw new IllegalArgumentException("no conversation takes files of type " + contentType);
        }
        var name = clean(fileName);
        var dot = name.lastIndexOf('.');
        var base = dot < 0 ? name : name.substring(0, dot);
        var extension = dot < 0 ? "" : name.substring(dot + 1);
        if (extensions.contains(extension.toLowerCase(Locale.ROOT)) && !base.isBlank()) {
            return name;
        }
        var fitting = "." + extensions.get(0);
        base = base.strip();
        if (base.isEmpty() || base.equals(".")) {
            base = "attachment";
        }
        return shortened(base, MOST_CHARACTERS - fitting.length()) + fitting;
    }

    /**
     * Without any path, quote, control, format or line-separating characters (a right-to-left override would show
     * {@code Rechnung\u202Efdp.jpg} as "Rechnunggpj.pdf"), at most {@link #MOST_CHARACTERS}.
     */
    private static String clean(String fileName) {
        var name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .codePoints()
                .filter(c -> c != '"' && !isHidden(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString()
                .strip();
        return shortened(name, MOST_CHARACTERS);
    }

    private static boolean isHidden(int c) {
        var type = Character.getType(c);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static String shortened(String name, int most) {
        return name.codePointCount(0, name.length()) > most
                ? name.substring(0, name.offsetByCodePoints(0, most))
                : name;
    }
}
