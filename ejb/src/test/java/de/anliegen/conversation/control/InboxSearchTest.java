package de.anliegen.conversation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** On MariaDB a search reads the full-text indexes (V30_1); elsewhere the same conditions as {@code like}. */
class InboxSearchTest {

    @Test
    void mariadb_matches_words_by_the_index_and_short_pieces_by_like_among_them() {
        var terms = SearchTerms.of("Zähler ok");
        assertEquals(
                "SELECT DISTINCT c.id, c.consumer_id FROM message m JOIN conversation c ON c.id = m.conversation_id"
                        + " WHERE c.company_id = ?1 AND MATCH (m.body) AGAINST (?2 IN BOOLEAN MODE)"
                        + " AND LOWER(m.body) LIKE ?3 ESCAPE '!' ORDER BY c.id DESC",
                InboxSearch.messagesSql(terms, true));
        assertEquals(
                "SELECT c.id, c.consumer_id FROM conversation c WHERE c.company_id = ?1"
                        + " AND MATCH (c.subject) AGAINST (?2 IN BOOLEAN MODE)"
                        + " AND LOWER(c.subject) LIKE ?3 ESCAPE '!' ORDER BY c.id DESC",
                InboxSearch.subjectsSql(terms, true));
    }

    @Test
    void without_the_index_every_piece_is_a_like() {
        assertEquals(
                "SELECT c.id, c.consumer_id FROM conversation c WHERE c.company_id = ?1"
                        + " AND LOWER(c.subject) LIKE ?2 ESCAPE '!' AND LOWER(c.subject) LIKE ?3 ESCAPE '!'"
                        + " ORDER BY c.id DESC",
                InboxSearch.subjectsSql(SearchTerms.of("Zähler ok"), false));
        assertEquals(
                "SELECT c.id, c.consumer_id FROM conversation c WHERE c.company_id = ?1"
                        + " AND LOWER(c.subject) LIKE ?2 ESCAPE '!' ORDER BY c.id DESC",
                InboxSearch.subjectsSql(SearchTerms.of("ok"), true));
    }
}
