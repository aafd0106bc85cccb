package de.anliegen.conversation.control;

import de.anliegen.company.boundary.Connections;
import de.anliegen.identity.boundary.ConsumerContacts;
import de.anliegen.platform.database.LikePattern;
import de.anliegen.platform.database.MariaDb;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The search of a company's inbox: the consumer's name or number (of those the company sees by name), the subject, and
 * the messages' text (only of consumers connected to the company whose data is not restricted: what its agents may
 * read). On MariaDB subjects and texts are searched by their full-text indexes (V30_1), so that a search reads the
 * rows that match, not every message of the company; see {@link SearchTerms} for what matches.
 */
@ApplicationScoped
public class InboxSearch {

    /** Each kind of match stops here: the newest conversations first. */
    static final int MOST_MATCHES = 1_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    ConsumerContacts contacts;

    @Inject
    Connections connections;

    /** What the term finds in the company's inbox; null for a blank term (no search). */
    public SearchMatches find(long companyId, String term) {
        var pattern = LikePattern.containing(term);
        if (pattern == null) {
            return null;
        }
        var consumers = contacts.idsMatching(companyId, pattern, MOST_MATCHES);
        var terms = SearchTerms.of(term);
        var fullText = MariaDb.isUsedBy(em.getEntityManagerFactory());
        var conversations = new LinkedHashSet<Long>();
        for (var row : rows(subjectsSql(terms, fullText), companyId, terms, fullText)) {
            conversations.add(row[0]);
        }
        var inMessages = rows(messagesSql(terms, fullText), companyId, terms, fullText);
        if (!inMessages.isEmpty()) {
            var writers = inMessages.stream().map(row -> row[1]).collect(Collectors.toSet());
            var readable = new HashSet<>(connections.connectedWith(companyId, writers));
            readable.retainAll(contacts.unrestricted(readable).keySet());
            inMessages.stream().filter(row -> readable.contains(row[1])).forEach(row -> conversations.add(row[0]));
        }
        return new SearchMatches(term, consumers, List.copyOf(conversations));
    }

    /** The conversation's id and its consumer's, of the newest conversations whose rows match. */
    private List<Long[]> rows(String sql, long companyId, SearchTerms terms, boolean fullText) {
        var query = em.createNativeQuery(sql).setParameter(1, companyId);
        var position = 2;
        if (fullText && !terms.words().isEmpty()) {
            query.setParameter(position++, terms.fullTextQuery());
        }
        for (var like : fullText ? terms.likes() : terms.allAsLikes()) {
            query.setParameter(position++, like);
        }
        var rows = new ArrayList<Long[]>();
        for (var row : query.setMaxResults(MOST_MATCHES).getResultList()) {
            var values = (Object[]) row;
            rows.add(new Long[] {((Number) values[0]).longValue(), ((Number) values[1]).longValue()});
        }
        return rows;
    }

    static String subjectsSql(SearchTerms terms, boolean fullText) {
        return "SELECT c.id, c.consumer_id FROM conversation c WHERE c.company_id = ?1"
                + conditions("c.subject", terms, fullText) + " ORDER BY c.id DESC";
    }

    static String messagesSql(SearchTerms terms, boolean fullText) {
        return "SELECT DISTINCT c.id, c.consumer_id FROM message m JOIN conversation c ON c.id = m.conversation_id"
                + " WHERE c.company_id = ?1" + conditions("m.body", terms, fullText) + " ORDER BY c.id DESC";
    }

    private static String conditions(String column, SearchTerms terms, boolean fullText) {
        var sql = new StringBuilder();
        var position = 2;
        if (fullText && !terms.words().isEmpty()) {
            sql.append(" AND MATCH (")
                    .append(column)
                    .append(") AGAINST (?")
                    .append(position++)
                    .append(" IN BOOLEAN MODE)");
        }
        for (var ignored : fullText ? terms.likes() : terms.allAsLikes()) {
            sql.append(" AND LOWER(")
                    .append(column)
                    .append(") LIKE ?")
                    .append(position++)
                    .append(" ESCAPE '!'");
        }
        return sql.toString();
    }
}
