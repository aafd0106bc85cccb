package de.anliegen.conversation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.conversation.boundary.MessagePage;
import de.anliegen.conversation.boundary.MessageView;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** A page of messages says, from its seqs, where the pages before and after it begin. */
class MessagePagesTest {

    @Test
    void a_page_before_a_cursor_is_answered_oldest_first_and_leads_to_the_page_before_it() {
        var page = MessagePages.before(newestFirst(250, 201), 251, 250);
        assertEquals(LongStream.rangeClosed(201, 250).boxed().toList(), seqs(page));
        assertEquals(201L, page.earlier());
        assertEquals(250, page.next());
        assertFalse(page.more(), "nothing after the newest");
    }

    @Test
    void a_page_before_a_cursor_inside_the_conversation_has_more_after_it() {
        var page = MessagePages.before(newestFirst(150, 101), 151, 250);
        assertEquals(150, page.next());
        assertTrue(page.more());
        assertEquals(101L, page.earlier());
    }

    @Test
    void the_page_with_the_first_message_has_no_earlier() {
        assertNull(MessagePages.before(newestFirst(50, 1), 51, 250).earlier());
        assertNull(MessagePages.after(oldestFirst(1, 50), 0, true).earlier());
    }

    @Test
    void a_page_after_a_cursor_names_the_page_before_it_too() {
        var page = MessagePages.after(oldestFirst(51, 100), 50, true);
        assertEquals(51L, page.earlier());
        assertEquals(100, page.next());
        assertTrue(page.more());
    }

    @Test
    void an_empty_page_continues_where_the_messages_before_its_cursor_end() {
        var nothingNew = MessagePages.after(List.of(), 250, false);
        assertEquals(250, nothingNew.next());
        assertNull(nothingNew.earlier());

        var beforeTheFirst = MessagePages.before(List.of(), 1, 250);
        assertEquals(0, beforeTheFirst.next());
        assertTrue(beforeTheFirst.more());
        assertNull(beforeTheFirst.earlier());

        var noMessages = MessagePages.before(List.of(), 9_000, 0);
        assertEquals(0, noMessages.next());
        assertFalse(noMessages.more());
    }

    private static List<MessageView> newestFirst(long from, long to) {
        return LongStream.iterate(from, seq -> seq >= to, seq -> seq - 1)
                .mapToObj(MessagePagesTest::message)
                .toList();
    }

    private static List<MessageView> oldestFirst(long from, long to) {
        return LongStream.rangeClosed(from, to)
                .mapToObj(MessagePagesTest::message)
                .toList();
    }

    private static MessageView message(long seq) {
        return new MessageView(
                1000 + seq,
                7,
                seq,
                "client-" + seq,
                "consumer",
                null,
                "Nachricht " + seq,
                List.of(),
                Instant.parse("2026-12-02T08:00:00Z").plusSeconds(seq),
                true,
                false);
    }

    private static List<Long> seqs(MessagePage page) {
        return page.messages().stream().map(MessageView::seq).toList();
    }
}
