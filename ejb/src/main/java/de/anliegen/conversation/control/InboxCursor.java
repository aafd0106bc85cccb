package de.anliegen.conversation.control;

import de.anliegen.platform.problems.Invalid;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.zip.CRC32;

/**
 * Where the next page of a list of conversations starts: after the last row of the page before (the moment it is
 * ordered by, its last activity or when its first response is due, and its id: the list's order), for the filter that
 * listed it. It travels to the client as an opaque string; one that was
 * altered or belongs to another queue, status or search is refused with a clear message, never read as another page.
 */
public record InboxCursor(Instant at, long id) {

    static final String PARAMETER = "after";
    private static final String VERSION = "1";
    /** The moments a database column can hold: a cursor beyond them was not given by a list. */
    private static final Instant EARLIEST = Instant.parse("1000-01-01T00:00:00Z");

    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    /** The cursor as the client carries it, bound to the filter (see {@link InboxQuery#filter()}). */
    public String encode(String filter) {
        var text = String.join(
                ".",
                VERSION,
                Long.toString(at.getEpochSecond()),
                Integer.toString(at.getNano()),
                Long.toString(id),
                fingerprint(filter));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor a client sent for this filter; null for none. */
    public static InboxCursor decode(String value, String filter) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.US_ASCII).split("\\.", -1);
        } catch (IllegalArgumentException e) {
            throw unreadable();
        }
        if (parts.length != 5 || !parts[0].equals(VERSION)) {
            throw unreadable();
        }
        if (!parts[4].equals(fingerprint(filter))) {
            throw new Invalid(
                    "invalid",
                    PARAMETER,
                    "This cursor continues a list with another queue, status or search: start again without after.");
        }
        try {
            var seconds = Long.parseLong(parts[1]);
            var nanos = Integer.parseInt(parts[2]);
            var id = Long.parseLong(parts[3]);
            if (nanos < 0 || nanos > 999_999_999 || id < 1) {
                throw unreadable();
            }
            var at = Instant.ofEpochSecond(seconds, nanos);
            if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
                throw unreadable();
            }
            return new InboxCursor(at, id);
        } catch (NumberFormatException | DateTimeException e) {
            throw unreadable();
        }
    }

    private static Invalid unreadable() {
        return new Invalid(
                "invalid", PARAMETER, "This is not a cursor this list gave: use the value of next from a page.");
    }

    private static String fingerprint(String filter) {
        var crc = new CRC32();
        crc.update(filter.getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }
}
