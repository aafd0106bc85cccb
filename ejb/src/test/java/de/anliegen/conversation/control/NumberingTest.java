package de.anliegen.conversation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.conversation.entity.EventKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NumberingTest {

    @Test
    void each_stream_goes_on_densely_from_its_stored_position_in_the_order_given() {
        var numbering = new Numbering(Map.of("company:3", 41L, "consumer:7", 5L));

        assertEquals(42, numbering.next("company:3"));
        assertEquals(6, numbering.next("consumer:7"));
        assertEquals(43, numbering.next("company:3"));
        assertEquals(1, numbering.next("consumer:8"));
        assertEquals(44, numbering.next("company:3"));

        assertEquals(Map.of("company:3", 44L, "consumer:7", 6L, "consumer:8", 1L), numbering.moved());
    }

    @Test
    void a_stream_without_a_stored_position_starts_at_one_and_needs_a_new_row() {
        var numbering = new Numbering(Map.of("company:3", 0L));

        assertEquals(1, numbering.next("consumer:9"));
        assertFalse(numbering.isStored("consumer:9"));
        assertTrue(numbering.isStored("company:3"));
    }

    @Test
    void a_stream_that_got_nothing_is_not_moved() {
        var numbering = new Numbering(Map.of("company:3", 12L, "consumer:7", 5L));

        numbering.next("consumer:7");

        assertEquals(Map.of("consumer:7", 6L), numbering.moved());
    }

    @Test
    void a_note_and_labels_go_to_the_company_only_everything_else_to_both_company_first() {
        assertEquals(List.of("company:3"), Numbering.streamsOf(EventKind.NOTE, 7, 3));
        assertEquals(List.of("company:3"), Numbering.streamsOf(EventKind.LABELS, 7, 3));
        assertEquals(List.of("company:3", "consumer:7"), Numbering.streamsOf(EventKind.MESSAGE, 7, 3));
        assertEquals(List.of("company:3", "consumer:7"), Numbering.streamsOf(EventKind.READ, 7, 3));
    }

    @Test
    void a_restricted_consumers_own_markers_stay_in_their_stream_everything_else_goes_as_ever() {
        assertEquals(List.of("consumer:7"), Numbering.streamsOf("read:consumer", 7, 3, true));
        assertEquals(List.of("consumer:7"), Numbering.streamsOf("delivered:consumer", 7, 3, true));
        assertEquals(List.of("company:3", "consumer:7"), Numbering.streamsOf("read:consumer", 7, 3, false));
        assertEquals(List.of("company:3", "consumer:7"), Numbering.streamsOf("read:company", 7, 3, true));
        assertEquals(List.of("company:3", "consumer:7"), Numbering.streamsOf("status", 7, 3, true));
        assertEquals(List.of("company:3"), Numbering.streamsOf("note", 7, 3, true));
    }
}
