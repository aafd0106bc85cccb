package de.anliegen.web.portal.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.anliegen.conversation.boundary.ConversationPage;
import de.anliegen.conversation.boundary.Conversations;
import de.anliegen.conversation.boundary.InboxFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The inbox table never asks the boundary for a count of its own: each page read counts as well (and searches once),
 * so a new filter, paging and live redraws cost one call for the page, not a second one for the count.
 */
class ConversationRowsTest {

    /** The boundary as the table uses it, answering an empty inbox of 45 and noting each call. */
    static final class CountingConversations extends Conversations {

        final List<String> calls = new ArrayList<>();
        long total = 45;

        @Override
        public ConversationPage list(InboxFilter filter, String after, int offset, int limit) {
            calls.add("list " + filter.queue() + " after " + after + (offset > 0 ? " skipping " + offset : ""));
            // a search for "zähler" was too common to search every request
            var narrowed = "zähler".equals(filter.search()) ? Integer.valueOf(5_000) : null;
            return new ConversationPage(List.of(), total, false, null, offset, limit, narrowed);
        }
    }

    @Test
    void each_drawing_reads_its_page_once_and_the_count_comes_with_it() {
        var boundary = new CountingConversations();
        var rows = new ConversationRows(boundary, InboxFilter.queue("all"));

        draw(rows, 0);
        draw(rows, 0);
        rows.reread();
        draw(rows, 0);
        assertEquals(List.of("list all after null", "list all after null", "list all after null"), boundary.calls);

        rows.show(InboxFilter.queue("mine"));
        draw(rows, 0);
        assertEquals(List.of("list mine after null"), boundary.calls.subList(3, 4), "a new filter: its first page");
        assertEquals(4, boundary.calls.size());
        assertEquals(45, rows.getRowCount());
    }

    @Test
    void read_again_the_table_is_told_the_count_of_now_so_that_it_leaves_a_page_whose_rows_have_gone() {
        var boundary = new CountingConversations();
        var rows = new ConversationRows(boundary, InboxFilter.queue("all"));
        draw(rows, 0);
        draw(rows, 40);
        assertEquals(45, rows.getRowCount());

        boundary.total = 38; // a colleague took the last page's rows
        rows.reread();
        assertEquals(38, rows.count(Map.of()), "PrimeFaces moves back to the last page with rows by this count");
    }

    @Test
    void the_page_tells_whether_its_search_looked_at_the_newest_requests_only() {
        var rows = new ConversationRows(new CountingConversations(), InboxFilter.queue("all"));
        draw(rows, 0);
        assertEquals(0, rows.searchedOnlyNewest());

        rows.show(new InboxFilter("all", null, null, null, "zähler", null));
        draw(rows, 0);
        assertEquals(5_000, rows.searchedOnlyNewest(), "the inbox says so above the rows");

        rows.show(InboxFilter.queue("all"));
        draw(rows, 0);
        assertEquals(0, rows.searchedOnlyNewest());
    }

    @Test
    void an_inbox_opened_at_a_later_page_reads_that_page_by_skipping_the_rows_before_it() {
        var boundary = new CountingConversations();
        var rows = new ConversationRows(boundary, InboxFilter.queue("all"));

        draw(rows, 40);
        assertEquals(List.of("list all after null", "list all after null skipping 40"), boundary.calls);
        assertEquals(40, rows.firstShown(), "the rows are numbered from where the page starts");
    }

    @Test
    void a_page_deeper_than_the_boundary_skips_is_never_asked_for_by_skipping() {
        var boundary = new CountingConversations();
        boundary.total = 5_000;
        var rows = new ConversationRows(boundary, InboxFilter.queue("all"));

        draw(rows, Conversations.MOST_SKIPPED + 20);
        assertEquals(List.of("list all after null", "list all after null"), boundary.calls);
    }

    private static void draw(ConversationRows rows, int first) {
        rows.setRowCount(rows.count(Map.of()));
        rows.load(first, 20, Map.of(), Map.of());
    }
}
