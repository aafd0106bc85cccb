package de.anliegen.conversation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import de.anliegen.conversation.entity.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each shape of the inbox asks only for what the agent chose and, on MariaDB, names the index made for that shape
 * (V30), which holds the rows in the list's order; a page after a cursor continues in that order.
 */
class InboxQueryTest {

    private static final String SELECT = "SELECT c.* FROM conversation c";
    private static final String ORDER = " ORDER BY c.last_activity_at DESC, c.id DESC";

    @Test
    void each_queue_and_status_asks_for_itself_alone_by_its_own_index() {
        assertEquals(
                SELECT + " FORCE INDEX (ix_conversation_company_latest) WHERE c.company_id = :company" + ORDER,
                InboxQuery.ofCompany(1, 7L, "all", null, null).pageSql(false, true));
        assertEquals(
                SELECT + " FORCE INDEX (ix_conversation_company_activity)"
                        + " WHERE c.company_id = :company AND c.status = :status" + ORDER,
                InboxQuery.ofCompany(1, 7L, "all", Status.OPEN, null).pageSql(false, true));
        assertEquals(
                SELECT + " FORCE INDEX (ix_conversation_company_assignee)"
                        + " WHERE c.company_id = :company AND c.assigned_agent_id IS NULL" + ORDER,
                InboxQuery.ofCompany(1, 7L, "unassigned", null, null).pageSql(false, true));
        assertEquals(
                SELECT + " FORCE INDEX (ix_conversation_company_assignee_status) WHERE c.company_id = :company"
                        + " AND c.assigned_agent_id = :agent AND c.status = :status" + ORDER,
                InboxQuery.ofCompany(1, 7L, "mine", Status.OPEN, null).pageSql(false, true));
        assertEquals(
                SELECT + " FORCE INDEX (ix_conversation_consumer_activity) WHERE c.consumer_id = :consumer" + ORDER,
                InboxQuery.ofConsumer(3).pageSql(false, true));
    }

    @Test
    void h2_gets_no_index_hint() {
        assertEquals(
                SELECT + " WHERE c.company_id = :company AND c.assigned_agent_id IS NULL" + ORDER,
                InboxQuery.ofCompany(1, 7L, "unassigned", null, null).pageSql(false, false));
    }

    @Test
    void a_search_lists_the_conversations_of_the_consumers_or_the_texts_it_matched_by_their_ids() {
        assertEquals(
                SELECT + " WHERE c.company_id = :company AND (c.consumer_id IN (:consumers) OR c.id IN (:matches))"
                        + ORDER,
                InboxQuery.ofCompany(1, 7L, "all", null, new SearchMatches("Ada", List.of(5L), List.of(9L)))
                        .pageSql(false, true));
        assertEquals(
                SELECT + " WHERE c.company_id = :company AND (c.id IN (:matches))" + ORDER,
                InboxQuery.ofCompany(1, 7L, "all", null, new SearchMatches("Zähler", List.of(), List.of(9L)))
                        .pageSql(false, true));
    }

    @Test
    void the_next_page_starts_after_the_last_row_in_the_same_order() {
        assertEquals(
                SELECT + " WHERE c.company_id = :company"
                        + " AND (c.last_activity_at < :at OR (c.last_activity_at = :at AND c.id < :id))" + ORDER,
                InboxQuery.ofCompany(1, 7L, "all", null, null).pageSql(true, false));
    }

    @Test
    void a_cursor_is_bound_to_the_queue_the_status_and_the_search() {
        var filter = InboxQuery.ofCompany(1, 7L, "all", Status.OPEN, matches("Rechnung"))
                .filter();
        assertEquals(
                filter,
                InboxQuery.ofCompany(1, 7L, "all", Status.OPEN, matches("Rechnung"))
                        .filter());
        assertNotEquals(
                filter,
                InboxQuery.ofCompany(1, 7L, "mine", Status.OPEN, matches("Rechnung"))
                        .filter());
        assertNotEquals(
                filter,
                InboxQuery.ofCompany(1, 7L, "all", null, matches("Rechnung")).filter());
        assertNotEquals(
                filter,
                InboxQuery.ofCompany(1, 7L, "all", Status.OPEN, matches("Zähler"))
                        .filter());
        assertNotEquals(
                filter, InboxQuery.ofCompany(1, 7L, "all", Status.OPEN, null).filter());
    }

    private static SearchMatches matches(String term) {
        return new SearchMatches(term, List.of(1L), List.of());
    }
}
