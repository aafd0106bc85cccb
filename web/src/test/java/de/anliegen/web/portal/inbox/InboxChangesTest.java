package de.anliegen.web.portal.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.conversation.boundary.ConversationView;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InboxChangesTest {

    private static final Instant NOON = Instant.parse("2026-12-04T12:00:00Z");

    /** Three rows, newest activity first: 30 (a minute ago), 20 (two minutes), 10 (three minutes). */
    private final List<ConversationView> page = List.of(row(30, 1, 2), row(20, 0, 3), row(10, 2, 4));

    @Test
    void a_read_marker_draws_its_row_anew_and_nothing_else() {
        var changes = InboxChanges.of("read:20");
        assertFalse(changes.reloadsThePage(page));
        assertEquals(Set.of(20L), changes.shownAndChanged(page));

        var update = changes.apply(page, 0, List.of(row(20, 0, 3)));
        assertEquals(List.of(), update.rows(), "the row did not change: nothing is drawn");

        update = InboxChanges.of("read:10").apply(page, 0, List.of(row(10, 0, 4)));
        assertFalse(update.reloads());
        assertFalse(update.reordered());
        assertEquals(List.of(2), update.rows());
        assertEquals(0, update.page().get(2).unread());
        assertEquals(List.of(30L, 20L, 10L), ids(update.page()));
    }

    @Test
    void markers_and_notes_of_conversations_not_shown_change_nothing_on_the_page() {
        var changes = InboxChanges.of("read:99,delivered:98,note:97,typing:30");
        assertFalse(changes.reloadsThePage(page));
        assertEquals(Set.of(), changes.shownAndChanged(page));
        var update = changes.apply(page, 0, List.of());
        assertEquals(List.of(), update.rows());
        assertEquals(page, update.page());
    }

    @Test
    void a_message_or_status_of_a_conversation_not_shown_reads_the_page_again() {
        assertTrue(InboxChanges.of("message:99").reloadsThePage(page), "a new request or a message moves it up");
        assertTrue(InboxChanges.of("status:99").reloadsThePage(page), "it may have come into the queue");
        assertTrue(InboxChanges.of("message:1").reloadsThePage(List.of()), "an empty page");
    }

    /** The change the company's channel sends for a request erased with its consumer (CompanyPush). */
    @Test
    void an_erased_request_leaves_the_page_and_one_not_shown_may_shift_it() {
        var changes = InboxChanges.of("erased:20");
        assertFalse(changes.reloadsThePage(page));
        assertEquals(Set.of(20L), changes.shownAndChanged(page));
        assertTrue(changes.apply(page, 0, List.of()).reloads(), "no longer found: the page is read again");
        assertTrue(InboxChanges.of("erased:99").reloadsThePage(page), "a row on an earlier page may have gone");
    }

    @Test
    void a_page_whose_channel_was_lost_for_a_while_reads_itself_again() {
        assertTrue(InboxChanges.of(InboxChanges.MISSED).reloadsThePage(page), "anything may have changed meanwhile");
        assertTrue(InboxChanges.of("read:20," + InboxChanges.MISSED).reloadsThePage(page));
    }

    @Test
    void a_message_further_down_the_first_page_moves_its_row_to_the_top_without_reading_the_page() {
        var changes = InboxChanges.of("message:10");
        assertFalse(changes.reloadsThePage(page));
        var update = changes.apply(page, 0, List.of(row(10, 3, 0)));
        assertTrue(update.reordered());
        assertEquals(List.of(10L, 30L, 20L), ids(update.page()));
        assertEquals(3, update.page().get(0).unread());
    }

    @Test
    void on_a_later_page_a_row_that_moves_up_may_belong_to_an_earlier_page_so_the_page_is_read_again() {
        var update = InboxChanges.of("message:10").apply(page, 20, List.of(row(10, 3, 0)));
        assertTrue(update.reloads());
        var inPlace = InboxChanges.of("message:30").apply(page, 20, List.of(row(30, 2, 0)));
        assertFalse(inPlace.reloads(), "the top row of the page stays where it is");
        assertEquals(List.of(20), inPlace.rows());
    }

    @Test
    void the_rows_of_a_later_page_are_numbered_from_the_start_of_the_list_as_the_table_numbers_them() {
        var update = InboxChanges.of("read:30,read:10").apply(page, 40, List.of(row(30, 0, 2), row(10, 0, 4)));
        assertFalse(update.reloads());
        assertEquals(List.of(40, 42), update.rows(), "the first and third row of the third page");
        assertEquals(0, update.page().get(2).unread());
    }

    @Test
    void a_conversation_that_left_the_queue_reads_the_page_again_so_that_the_next_row_moves_up() {
        var update = InboxChanges.of("status:20,read:30").apply(page, 0, List.of(row(30, 0, 1)));
        assertTrue(update.reloads());
    }

    @Test
    void what_cannot_be_read_is_left_out_and_too_many_changes_read_the_page_again() {
        var changes = InboxChanges.of("read:30, <script>:1,message:,:20,read:-5,status:1x,read:99999999999999999999");
        assertEquals(Set.of(30L), changes.shownAndChanged(page));
        assertFalse(changes.reloadsThePage(page));
        assertEquals(Set.of(), InboxChanges.of(null).shownAndChanged(page));

        var many = IntStream.rangeClosed(1, InboxChanges.MOST + 1)
                .mapToObj(i -> "read:" + i)
                .collect(Collectors.joining(","));
        assertTrue(InboxChanges.of(many).reloadsThePage(page));
        assertFalse(InboxChanges.of(many.substring(0, many.lastIndexOf(','))).reloadsThePage(page));
    }

    private static List<Long> ids(List<ConversationView> rows) {
        return rows.stream().map(ConversationView::id).toList();
    }

    private static ConversationView row(long id, long unread, long minutesAgo) {
        return new ConversationView(
                id,
                null,
                null,
                false,
                "Request " + id,
                "open",
                null,
                "normal",
                List.of(),
                null,
                null,
                null,
                5,
                unread,
                null,
                null,
                NOON.minusSeconds(3600),
                NOON.minusSeconds(60 * minutesAgo),
                null,
                null);
    }
}
