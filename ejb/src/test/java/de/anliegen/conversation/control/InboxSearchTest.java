package de.anliegen.conversation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * On MariaDB a search reads the full-text indexes (V30_1) within a time budget, and a term too common for it searches
 * the newest requests by {@code like}; elsewhere the same conditions as {@code like}.
 */
class InboxSearchTest {

    @Test
    void mariadb_matches_words_by_the_index_and_short_pieces_by_like_among_them() {
        var terms = SearchTerms.of("Zähler ok");
        assertEquals(
                "SELECT DISTINCT c.id, c.consumer_id FROM message m JOIN conversation c ON c.id = m.conversation_id"
                        + " WHERE c.company_id = ? AND MATCH (m.body) AGAINST (? IN BOOLEAN MODE)"
                        + " AND LOWER(m.body) LIKE ? ESCAPE '!' ORDER BY c.id DESC",
                InboxSearch.messagesSql(terms, true));
        assertEquals(
                "SELECT c.id, c.consumer_id FROM conversation c WHERE c.company_id = ?"
                        + " AND MATCH (c.subject) AGAINST (? IN BOOLEAN MODE)"
                        + " AND LOWER(c.subject) LIKE ? ESCAPE '!' ORDER BY c.id DESC",
                InboxSearch.subjectsSql(terms, true));
    }

    @Test
    void without_the_index_every_piece_is_a_like() {
        assertEquals(
                "SELECT c.id, c.consumer_id FROM conversation c WHERE c.company_id = ?"
                        + " AND LOWER(c.subject) LIKE ? ESCAPE '!' AND LOWER(c.subject) LIKE ? ESCAPE '!'"
                        + " ORDER BY c.id DESC",
                InboxSearch.subjectsSql(SearchTerms.of("Zähler ok"), false));
        assertEquals(
                "SELECT c.id, c.consumer_id FROM conversation c WHERE c.company_id = ?"
                        + " AND LOWER(c.subject) LIKE ? ESCAPE '!' ORDER BY c.id DESC",
                InboxSearch.subjectsSql(SearchTerms.of("ok"), true));
    }

    @Test
    void a_term_too_common_is_searched_among_the_newest_requests_by_like() {
        var terms = SearchTerms.of("Zähler ok");
        var newest = "(SELECT id, consumer_id, subject FROM conversation FORCE INDEX (ix_conversation_company_latest)"
                + " WHERE company_id = ? ORDER BY last_activity_at DESC, id DESC LIMIT 5000) c";
        assertEquals(
                "SELECT c.id, c.consumer_id FROM " + newest + " WHERE EXISTS (SELECT 1 FROM message m"
                        + " WHERE m.conversation_id = c.id AND LOWER(m.body) LIKE ? ESCAPE '!'"
                        + " AND LOWER(m.body) LIKE ? ESCAPE '!')",
                InboxSearch.newestMessagesSql(terms));
        assertEquals(
                "SELECT c.id, c.consumer_id FROM " + newest + " WHERE LOWER(c.subject) LIKE ? ESCAPE '!'"
                        + " AND LOWER(c.subject) LIKE ? ESCAPE '!'",
                InboxSearch.newestSubjectsSql(terms));
        assertEquals(
                "SELECT COALESCE(SUM(CASE WHEN LOWER(m.body) LIKE ? ESCAPE '!' THEN 1 END), 0),"
                        + " COALESCE(SUM(CASE WHEN LOWER(m.body) LIKE ? ESCAPE '!' THEN 1 END), 0)"
                        + " FROM " + newest.replace("5000", "500") + " JOIN message m ON m.conversation_id = c.id",
                InboxSearch.probeSql(2),
                "how often each word stands in the newest 500 requests' messages");
    }

    @Test
    void the_budget_left_bounds_each_statement_and_never_reaches_zero() {
        var started = System.nanoTime();
        var statement = InboxSearch.within(Duration.ofSeconds(1), started, "SELECT 1");
        assertTrue(
                statement.matches("SET STATEMENT max_statement_time = 0\\.9\\d{5} FOR SELECT 1|"
                        + "SET STATEMENT max_statement_time = 1\\.000000 FOR SELECT 1"),
                statement);
        // spent: still a microsecond, for 0 would mean no limit at all
        assertEquals(
                "SET STATEMENT max_statement_time = 0.000001 FOR SELECT 1",
                InboxSearch.within(
                        Duration.ofMillis(5), started - Duration.ofSeconds(3).toNanos(), "SELECT 1"));
    }
}
