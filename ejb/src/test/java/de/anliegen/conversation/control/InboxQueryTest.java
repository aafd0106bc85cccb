package de.anliegen.conversation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import de.anliegen.conversation.entity.Priority;
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
                InboxQuery.ofCompany(1, 7L, "all", null, null, null, null, null).pageSql(false, true));
        assertEquals(
                SELECT + " FORCE INDEX (ix_conversation_company_activity)"
                        + " WHERE c.company_id = :company AND c.status = :status" + ORDER,
                InboxQuery.ofCompany(1, 7L, "all", Status.OPEN, null, null, null, null)
                        .pageSql(false, true));
        assertEquals(
                SELECT + " FORCE INDEX (ix_conversation_company_assignee)"
                        + " WHERE c.company_id = :company AND c.assigned_agent_id IS NULL" + ORDER,
                InboxQuery.ofCompany(1, 7L, "unassigned", null, null, null, null, null)
                        .pageSql(false, true));
        assertEquals(
                SELECT + " FORCE INDEX (ix_conversation_company_assignee_status) WHERE c.company_id = :company"
                        + " AND c.assigned_agent_id = :agent AND c.status = :status" + ORDER,
                InboxQuery.ofCompany(1, 7L, "mine", Status.OPEN, null, null, null, null)
                        .pageSql(false, true));
        assertEquals(
                SELECT + " FORCE INDEX (ix_conversation_consumer_activity) WHERE c.consumer_id = :consumer" + ORDER,
                InboxQuery.ofConsumer(3).pageSql(false, true));
    }

    @Test
    void h2_gets_no_index_hint() {
        assertEquals(
                SELECT + " WHERE c.company_id = :company AND c.assigned_agent_id IS NULL" + ORDER,
                InboxQuery.ofCompany(1, 7L, "unassigned", null, null, null, null, null)
                        .pageSql(false, false));
    }

    @Test
    void a_search_lists_the_conversations_of_the_consumers_or_the_texts_it_matched_by_their_ids() {
        assertEquals(
                SELECT + " WHERE c.company_id = :company AND (c.consumer_id IN (:consumers) OR c.id IN (:matches))"
                        + ORDER,
                InboxQuery.ofCompany(
                                1,
                                7L,
                                "all",
                                null,
                                null,
                                null,
                                new SearchMatches("Ada", List.of(5L), List.of(9L), 0),
                                null)
                        .pageSql(false, true));
        assertEquals(
                SELECT + " WHERE c.company_id = :company AND (c.id IN (:matches))" + ORDER,
                InboxQuery.ofCompany(
                                1,
                                7L,
                                "all",
                                null,
                                null,
                                null,
                                new SearchMatches("Zähler", List.of(), List.of(9L), 0),
                                null)
                        .pageSql(false, true));
    }

    @Test
    void the_next_page_starts_after_the_last_row_in_the_same_order() {
        assertEquals(
                SELECT + " WHERE c.company_id = :company"
                        + " AND (c.last_activity_at < :at OR (c.last_activity_at = :at AND c.id < :id))" + ORDER,
                InboxQuery.ofCompany(1, 7L, "all", null, null, null, null, null).pageSql(true, false));
    }

    @Test
    void a_cursor_is_bound_to_the_queue_the_status_and_the_search() {
        var filter = InboxQuery.ofCompany(1, 7L, "all", Status.OPEN, null, null, matches("Rechnung"), null)
                .filter();
        assertEquals(
                filter,
                InboxQuery.ofCompany(1, 7L, "all", Status.OPEN, null, null, matches("Rechnung"), null)
                        .filter());
        assertNotEquals(
                filter,
                InboxQuery.ofCompany(1, 7L, "mine", Status.OPEN, null, null, matches("Rechnung"), null)
                        .filter());
        assertNotEquals(
                filter,
                InboxQuery.ofCompany(1, 7L, "all", null, null, null, matches("Rechnung"), null)
                        .filter());
        assertNotEquals(
                filter,
                InboxQuery.ofCompany(1, 7L, "all", Status.OPEN, null, null, matches("Zähler"), null)
                        .filter());
        assertNotEquals(
                filter,
                InboxQuery.ofCompany(1, 7L, "all", Status.OPEN, null, null, null, null)
                        .filter());
    }

    @Test
    void a_priority_reads_its_own_index_and_a_tag_its_own_rows_in_the_order_of_activity() {
        assertEquals(
                SELECT + " FORCE INDEX (ix_conversation_company_priority) WHERE c.company_id = :company"
                        + " AND c.assigned_agent_id IS NULL AND c.priority = :priority" + ORDER,
                InboxQuery.ofCompany(1, 7L, "unassigned", null, Priority.URGENT, null, null, null)
                        .pageSql(false, true));
        assertEquals(
                SELECT + " WHERE c.company_id = :company AND c.status = :status AND c.id IN (SELECT t.conversation_id"
                        + " FROM conversation_tag t WHERE t.company_id = :company AND t.tag = :tag)" + ORDER,
                InboxQuery.ofCompany(1, 7L, "all", Status.OPEN, null, "rechnung", null, null)
                        .pageSql(false, false));
        // on MariaDB the tag's rows lead, in the order of their requests' activity (V33_1)
        var byTag = " FROM conversation_tag t FORCE INDEX (ix_conversation_tag_activity) STRAIGHT_JOIN conversation c"
                + " ON c.id = t.conversation_id WHERE t.company_id = :company AND t.tag = :tag"
                + " AND c.company_id = :company AND c.status = :status";
        assertEquals(
                "SELECT c.*" + byTag + " ORDER BY t.last_activity_at DESC, t.conversation_id DESC",
                InboxQuery.ofCompany(1, 7L, "all", Status.OPEN, null, "rechnung", null, null)
                        .pageSql(false, true));
        assertEquals(
                "SELECT c.*" + byTag
                        + " AND (t.last_activity_at < :at OR (t.last_activity_at = :at AND t.conversation_id < :id))"
                        + " ORDER BY t.last_activity_at DESC, t.conversation_id DESC",
                InboxQuery.ofCompany(1, 7L, "all", Status.OPEN, null, "rechnung", null, null)
                        .pageSql(true, true));
        // ordered by due time (or with a search) the tag's requests are read by their ids, as on H2
        assertEquals(
                SELECT
                        + " WHERE c.company_id = :company AND c.id IN (SELECT t.conversation_id FROM conversation_tag t WHERE t.company_id = :company"
                        + " AND t.tag = :tag) AND c.first_response_at IS NULL AND c.first_response_due_at IS NOT NULL"
                        + " ORDER BY c.first_response_due_at, c.id",
                InboxQuery.ofCompany(1, 7L, "all", null, null, "rechnung", null, InboxQuery.BY_DUE)
                        .pageSql(false, true));
    }

    @Test
    void a_cursor_is_bound_to_the_priority_and_the_tag() {
        var filter = InboxQuery.ofCompany(1, 7L, "all", null, Priority.HIGH, "umzug", null, null)
                .filter();
        assertNotEquals(
                filter,
                InboxQuery.ofCompany(1, 7L, "all", null, Priority.URGENT, "umzug", null, null)
                        .filter());
        assertNotEquals(
                filter,
                InboxQuery.ofCompany(1, 7L, "all", null, Priority.HIGH, "rechnung", null, null)
                        .filter());
        assertNotEquals(
                filter,
                InboxQuery.ofCompany(1, 7L, "all", null, null, null, null, null).filter());
    }

    @Test
    void by_due_lists_only_the_requests_awaiting_a_first_response_the_soonest_due_first_on_their_index() {
        var byDue = InboxQuery.ofCompany(1, 7L, "all", null, null, null, null, InboxQuery.BY_DUE);
        assertEquals(
                SELECT + " FORCE INDEX (ix_conversation_company_due) WHERE c.company_id = :company"
                        + " AND c.first_response_at IS NULL AND c.first_response_due_at IS NOT NULL"
                        + " AND (c.first_response_due_at > :at OR (c.first_response_due_at = :at AND c.id > :id))"
                        + " ORDER BY c.first_response_due_at, c.id",
                byDue.pageSql(true, true));
        assertNotEquals(
                byDue.filter(),
                InboxQuery.ofCompany(1, 7L, "all", null, null, null, null, InboxQuery.BY_ACTIVITY)
                        .filter(),
                "a cursor of one order is refused by the other");
    }

    private static SearchMatches matches(String term) {
        return new SearchMatches(term, List.of(1L), List.of(), 0);
    }
}
