package de.anliegen.conversation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Event kinds as the outbox keeps them and the streams name them: read back alike, markers with their side. */
class EventKindTest {

    @Test
    void every_kind_is_read_back_from_what_the_outbox_keeps() {
        for (var kind : EventKind.values()) {
            var side = kind.isMarker() ? Side.COMPANY : null;
            assertEquals(kind, EventKind.of(kind.stored(side)), kind.name());
        }
        assertEquals(
                "message status read delivered note labels",
                String.join(
                        " ",
                        Arrays.stream(EventKind.values()).map(EventKind::type).toList()),
                "the types the stream's clients know (asyncapi.yaml)");
    }

    @Test
    void a_marker_keeps_the_side_whose_marker_moved() {
        assertEquals("read:consumer", EventKind.READ.stored(Side.CONSUMER));
        assertEquals("delivered:company", EventKind.DELIVERED.stored(Side.COMPANY));
        assertEquals(EventKind.READ, EventKind.of("read:consumer"));
        assertEquals(Side.CONSUMER, EventKind.sideOf("read:consumer"));
        assertEquals(Side.COMPANY, EventKind.sideOf("delivered:company"));
        assertThrows(IllegalArgumentException.class, () -> EventKind.READ.stored(null));
        assertThrows(IllegalArgumentException.class, () -> EventKind.NOTE.stored(Side.COMPANY));
        assertThrows(IllegalArgumentException.class, () -> EventKind.sideOf("status"));
        assertThrows(IllegalArgumentException.class, () -> EventKind.of("typing"));
    }

    @Test
    void notes_and_labels_are_the_companys_alone() {
        assertTrue(EventKind.NOTE.isCompanyOnly());
        assertTrue(EventKind.LABELS.isCompanyOnly());
        for (var shared : new EventKind[] {EventKind.MESSAGE, EventKind.STATUS, EventKind.READ, EventKind.DELIVERED}) {
            assertFalse(shared.isCompanyOnly(), shared.name());
        }
    }
}
