package de.anliegen.web.portal.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A thread shows its messages as they are numbered, and each note where it was written between them. */
class ThreadOrderTest {

    private static final Instant NOON = Instant.parse("2026-12-05T12:00:00Z");

    @Test
    void messages_written_in_one_batch_keep_their_numbers_order() {
        var batch = List.of(message(98, 0), message(99, 0), message(100, 0));
        assertEquals(List.of("m98", "m99", "m100"), keys(ThreadOrder.interleaved(batch, List.of())));
    }

    @Test
    void messages_keep_their_numbers_order_when_their_times_do_not() {
        var messages = List.of(message(7, 5), message(8, 3), message(9, 6));
        assertEquals(List.of("m7", "m8", "m9"), keys(ThreadOrder.interleaved(messages, List.of())));
    }

    @Test
    void a_note_goes_before_the_first_message_sent_after_it_and_after_those_sent_with_it() {
        var messages = List.of(message(1, 0), message(2, 10), message(3, 20));
        var notes = List.of(note(5, 20), note(4, 10), note(3, 5), note(6, 30), note(2, -1));
        assertEquals(
                List.of("n2", "m1", "n3", "m2", "n4", "m3", "n5", "n6"),
                keys(ThreadOrder.interleaved(messages, notes)));
    }

    private static ThreadEntry message(long seq, long second) {
        return new ThreadEntry(
                "m" + seq, "consumer", NOON.plusSeconds(second), "Lotte Lang", "Nachricht", List.of(), false);
    }

    private static ThreadEntry note(long id, long second) {
        return new ThreadEntry("n" + id, "note", NOON.plusSeconds(second), "Alex Agent", "Notiz", List.of(), false);
    }

    private static List<String> keys(List<ThreadEntry> entries) {
        return entries.stream().map(ThreadEntry::key).toList();
    }
}
