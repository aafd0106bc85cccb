package de.anliegen.web.portal.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.conversation.boundary.ConversationPage;
import de.anliegen.conversation.boundary.Conversations;
import de.anliegen.conversation.boundary.InboxFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The inbox table asks the boundary for its count only when its filter is new: each page read counts as well, so
 * paging and live redraws cost one query for the page, not a second one for the count.
 */
class ConversationRowsTest {

    /** The boundary as the table uses it, answering an empty inbox of 45 and noting each call. */
    static final class CountingConversations extends Conversations {

        final List<String> calls = new ArrayList<>();

        @Override
        public int count(InboxFilter filter) {
            calls.add("count " + filter.queue());
            return 45;
        }

        @Override
        public ConversationPage list(InboxFilter filter, String after, int offset, int limit) {
            calls.add("list " + filter.queue() + " after " + after);
            return new ConversationPage(List.of(), 45, false, null, offset, limit);
        }
    }

    @Test
    void the_count_is_asked_once_for_a_filter_and_then_taken_from_the_pages() {
        var boundary = new CountingConversations();
        var rows = new ConversationRows(boundary, InboxFilter.queue("all"));

        draw(rows, 0);
        draw(rows, 0);
        rows.reread();
        draw(rows, 0);
        assertEquals(
                List.of("count all", "list all after null", "list all after null", "list all after null"),
                boundary.calls);

        rows.show(InboxFilter.queue("mine"));
        draw(rows, 0);
        assertEquals("count mine", boundary.calls.get(4), "a new filter is counted anew");
        assertEquals(45, rows.getRowCount());
        assertTrue(
                boundary.calls.stream().filter(call -> call.startsWith("count")).count() == 2);
    }

    private static void draw(ConversationRows rows, int first) {
        rows.setRowCount(rows.count(Map.of()));
        rows.load(first, 20, Map.of(), Map.of());
    }
}
