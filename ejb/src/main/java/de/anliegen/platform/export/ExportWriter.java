package de.anliegen.platform.export;

import de.anliegen.platform.time.Clocks;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Writes one export twice from the same calls, item by item and never held whole: as JSON for machines
 * ({@code data.json}) and as an HTML report for people ({@code report.html}, German or English). Sections are arrays
 * of items; an item is key–value pairs of text, numbers, booleans and instants.
 */
public final class ExportWriter {

    private final JsonGenerator json;
    private final Writer html;
    private final ResourceBundle labels;
    private final Locale locale;
    private final DateTimeFormatter time;
    private List<String> columns;
    private long items;

    public ExportWriter(JsonGenerator json, Writer html, Locale locale) {
        this.json = json;
        this.html = html;
        this.labels = ResourceBundle.getBundle("de.anliegen.privacy.export", locale);
        this.locale = locale;
        this.time = DateTimeFormatter.ofPattern(
                        locale.getLanguage().equals("de") ? "dd.MM.yyyy HH:mm:ss" : "yyyy-MM-dd HH:mm:ss")
                .withZone(Clocks.GERMANY);
    }

    public void startSection(String name) {
        json.writeStartArray(name);
        columns = null;
        write("<section><h2>" + escape(label("section." + name)) + "</h2>\n<table>\n");
    }

    /**
     * A value with a code for machines and words for people: {@code data.json} keeps the code, the report shows the
     * label {@code key} of its language, formatted with {@code args} ({@code "action.conversation.read"}).
     */
    public record Worded(String code, String key, Object... args) {}

    /** One item: alternating keys and values ({@code "firstName", "Jana", "createdAt", instant}). */
    public void item(Object... keysAndValues) {
        json.writeStartObject();
        var keys = new ArrayList<String>();
        var row = new StringBuilder("<tr>");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            var key = (String) keysAndValues[i];
            var value = keysAndValues[i + 1];
            keys.add(key);
            writeJson(key, value);
            row.append("<td>").append(escape(text(value))).append("</td>");
        }
        json.writeEnd();
        if (columns == null) {
            columns = keys;
            var header = new StringBuilder("<tr>");
            keys.forEach(key ->
                    header.append("<th>").append(escape(label("field." + key))).append("</th>"));
            write(header.append("</tr>\n").toString());
        }
        write(row.append("</tr>\n").toString());
        items++;
    }

    public void endSection() {
        json.writeEnd();
        if (columns == null) {
            write("<tr><td>" + escape(label("empty")) + "</td></tr>\n");
        }
        write("</table></section>\n");
    }

    /** How many items were written: for the audit trail. */
    public long items() {
        return items;
    }

    public String label(String key) {
        return labels.containsKey(key) ? labels.getString(key) : key.substring(key.indexOf('.') + 1);
    }

    public String format(Instant instant) {
        return time.format(instant);
    }

    public void write(String markup) {
        try {
            html.write(markup);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeJson(String key, Object value) {
        if (value == null) {
            json.writeNull(key);
        } else if (value instanceof Worded worded) {
            writeJson(key, worded.code());
        } else if (value instanceof Boolean b) {
            json.write(key, b);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            json.write(key, ((Number) value).longValue());
        } else {
            json.write(key, value.toString());
        }
    }

    private String text(Object value) {
        if (value == null) {
            return "–";
        }
        if (value instanceof Instant instant) {
            return format(instant);
        }
        if (value instanceof Boolean b) {
            return label(b ? "yes" : "no");
        }
        if (value instanceof Worded worded) {
            return labels.containsKey(worded.key())
                    ? new MessageFormat(labels.getString(worded.key()), locale).format(worded.args())
                    : text(worded.code());
        }
        return value.toString();
    }

    public static String escape(String text) {
        var escaped = new StringBuilder(text.length());
        for (var c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
