package de.anliegen.conversation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.platform.problems.Invalid;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A page's cursor brings the client back to where the page ended, and only for the list that gave it. */
class InboxCursorTest {

    private static final String FILTER = "unassigned|OPEN|Rechnung";

    @Test
    void a_cursor_reads_back_as_the_row_it_was_made_of_to_the_nanosecond() {
        var cursor = new InboxCursor(Instant.parse("2026-12-05T10:15:30.123456Z"), 42);
        assertEquals(cursor, InboxCursor.decode(cursor.encode(FILTER), FILTER));
    }

    @Test
    void no_cursor_is_the_first_page() {
        assertNull(InboxCursor.decode(null, FILTER));
        assertNull(InboxCursor.decode("", FILTER));
    }

    @Test
    void a_cursor_of_another_queue_status_or_search_is_refused_by_name() {
        var encoded = new InboxCursor(Instant.parse("2026-12-05T10:15:30Z"), 42).encode(FILTER);
        var refused = assertThrows(Invalid.class, () -> InboxCursor.decode(encoded, "all|OPEN|Rechnung"));
        assertEquals(Optional.of("after"), refused.field());
        assertTrue(refused.getMessage().contains("another queue, status or search"), refused.getMessage());
    }

    @Test
    void anything_else_is_refused_as_not_a_cursor_never_as_a_failure() {
        for (var forged : new String[] {
            "not base64 at all!",
            "%%%",
            encode("1.x.0.42." + fingerprintOf()),
            encode("1.1764929730.0.-1." + fingerprintOf()),
            encode("1.1764929730.2000000000.42." + fingerprintOf()),
            encode("1.99999999999999999999.0.42." + fingerprintOf()),
            // moments an Instant holds but no database column: year 1,000,000,000 and year 1
            encode("1.31556889864403199.0.42." + fingerprintOf()),
            encode("1.-62135596800.0.42." + fingerprintOf()),
            encode("2.1764929730.0.42." + fingerprintOf()),
            encode("1.1764929730.0.42"),
            encode("\u00ff\u0000"),
        }) {
            var refused = assertThrows(Invalid.class, () -> InboxCursor.decode(forged, FILTER), forged);
            assertEquals(Optional.of("after"), refused.field());
        }
    }

    private static String fingerprintOf() {
        var valid = new InboxCursor(Instant.EPOCH, 1).encode(FILTER);
        var text = new String(Base64.getUrlDecoder().decode(valid), StandardCharsets.US_ASCII);
        return text.substring(text.lastIndexOf('.') + 1);
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().encodeToString(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
