package de.anliegen.conversation.control;

import de.anliegen.company.boundary.Connections;
import de.anliegen.identity.boundary.CompanyId;
import de.anliegen.identity.boundary.ConsumerContacts;
import de.anliegen.identity.boundary.ConsumerId;
import de.anliegen.platform.database.MariaDb;
import de.anliegen.platform.problems.DatabaseFailures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * The search of a company's inbox: the consumer's name or number (of those the company sees by name), the subject, and
 * the messages' text (only of consumers connected to the company whose data is not restricted: what its agents may
 * read). On MariaDB subjects and texts are searched by their full-text indexes (V30_1), so that a search reads the
 * rows that match, not every message of the company; see {@link SearchTerms} for what matches.
 *
 * <p>The index answers a word with every message of every company that holds it before the company is applied: a word
 * in 4 % of 20 million messages took 14 s (docs/benchmarks.md). So on MariaDB a term found in many of the
 * {@value #PROBED} most recently active requests' texts is searched in the {@value #NEWEST_SEARCHED} most recently
 * active requests only, where a common word is found quickly, and the answer says so; any other term searches every
 * request within a time budget ({@link #BUDGET}), and falls back to the newest when the budget is spent. Names are
 * always searched in full (ADR 20).
 */
@ApplicationScoped
public class InboxSearch {

    /** Each kind of match stops here: the newest conversations first. */
    public static final int MOST_MATCHES = 1_000;

    /**
     * How long the search of every request's subject and texts may take on MariaDB: four times what the whole request
     * for a word in 100 messages of a company with 300,000 requests takes (docs/benchmarks.md), so that a rare word is
     * searched in full even under load, and a common one costs half a second before the newest are searched.
     */
    public static final Duration BUDGET = Duration.ofMillis(500);

    /** The requests searched when a term is too common to search every one in time: the most recently active. */
    public static final int NEWEST_SEARCHED = 5_000;

    /**
     * The most recently active requests whose texts are looked at first (by {@code like}, one statement): a word of the
     * term in {@value #COMMON_AMONG_PROBED} of their messages or more is common, and searching every text for it would
     * cost more than the budget before the budget could stop it (InnoDB collects every message holding a word before
     * it looks at the time: 1.1 s for a word in 1.6 million messages, docs/benchmarks.md).
     */
    public static final int PROBED = 500;

    public static final int COMMON_AMONG_PROBED = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    ConsumerContacts contacts;

    @Inject
    Connections connections;

    /** What the term finds in the company's inbox; null for a blank term (no search). */
    public SearchMatches find(CompanyId company, String term) {
        return find(company, term, BUDGET);
    }

    /** What the term finds, with this budget for the search of every request on MariaDB. */
    public SearchMatches find(CompanyId company, String term, Duration budget) {
        if (term == null || term.isBlank()) {
            return null;
        }
        var companyId = company.value();
        var consumers = ConsumerId.valuesOf(contacts.idsMatching(company, term, MOST_MATCHES));
        var terms = SearchTerms.of(term);
        var likes = parameters(companyId, terms, false);
        if (!MariaDb.isUsedBy(em.getEntityManagerFactory())) {
            var found =
                    readable(company, rows(subjectsSql(terms, false), likes), rows(messagesSql(terms, false), likes));
            return new SearchMatches(term, consumers, found, 0);
        }
        var started = System.nanoTime();
        if (!common(companyId, terms)) {
            var fullText = parameters(companyId, terms, true);
            var subjects = rows(within(budget, started, subjectsSql(terms, true)), fullText);
            var messages = subjects == null ? null : rows(within(budget, started, messagesSql(terms, true)), fullText);
            if (messages != null) {
                return new SearchMatches(term, consumers, readable(company, subjects, messages), 0);
            }
        }
        var found = readable(company, rows(newestSubjectsSql(terms), likes), rows(newestMessagesSql(terms), likes));
        return new SearchMatches(term, consumers, found, NEWEST_SEARCHED);
    }

    /**
     * Whether a word of the term (or, without words, a piece) stands in {@value #COMMON_AMONG_PROBED} or more messages
     * of the company's {@value #PROBED} most recently active requests.
     */
    private boolean common(long companyId, SearchTerms terms) {
        var all = terms.allAsLikes();
        var pieces =
                terms.words().isEmpty() ? all : all.subList(0, terms.words().size());
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (var statement = connection.prepareStatement(probeSql(pieces.size()))) {
                for (var i = 0; i < pieces.size(); i++) {
                    statement.setString(i + 1, pieces.get(i));
                }
                statement.setLong(pieces.size() + 1, companyId);
                try (var result = statement.executeQuery()) {
                    result.next();
                    for (var i = 1; i <= pieces.size(); i++) {
                        if (result.getLong(i) >= COMMON_AMONG_PROBED) {
                            return true;
                        }
                    }
                    return false;
                }
            }
        });
    }

    /** The conversations of the subjects found, then those of the texts found whose writers the company may read. */
    private List<Long> readable(CompanyId company, List<Long[]> subjects, List<Long[]> messages) {
        var conversations = new LinkedHashSet<Long>();
        subjects.forEach(row -> conversations.add(row[0]));
        if (!messages.isEmpty()) {
            var writers = messages.stream().map(row -> new ConsumerId(row[1])).collect(Collectors.toSet());
            // the writers the company may read: connected with it now, and their data not restricted
            var readable = contacts.unrestricted(connections.connectedWith(company, writers))
                    .keySet();
            messages.stream()
                    .filter(row -> readable.contains(new ConsumerId(row[1])))
                    .forEach(row -> conversations.add(row[0]));
        }
        return List.copyOf(conversations);
    }

    /** The company, then the full-text query of the words (if any) or their {@code like}, then the other pieces. */
    private static List<Object> parameters(long companyId, SearchTerms terms, boolean fullText) {
        var all = new ArrayList<Object>(List.of(companyId));
        if (fullText && !terms.words().isEmpty()) {
            all.add(terms.fullTextQuery());
        }
        all.addAll(fullText ? terms.likes() : terms.allAsLikes());
        return all;
    }

    /**
     * The conversation's id and its consumer's, of the newest conversations whose rows match; null when MariaDB stopped
     * the statement at its budget. By JDBC, so that a statement stopped on purpose is no error in the server's log.
     */
    private List<Long[]> rows(String sql, List<Object> parameters) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (var statement = connection.prepareStatement(sql + " LIMIT " + MOST_MATCHES)) {
                for (var i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                var rows = new ArrayList<Long[]>();
                try (var result = statement.executeQuery()) {
                    while (result.next()) {
                        rows.add(new Long[] {result.getLong(1), result.getLong(2)});
                    }
                }
                return rows;
            } catch (SQLException e) {
                if (DatabaseFailures.isStatementTimeout(e)) {
                    return null;
                }
                throw e;
            }
        });
    }

    /**
     * The statement, stopped by MariaDB when the budget since {@code started} is spent: what is left of it, at least a
     * microsecond (0 would mean no limit at all).
     */
    static String within(Duration budget, long started, String sql) {
        var left = Math.max(budget.toNanos() - (System.nanoTime() - started), 1_000L);
        return String.format(Locale.ROOT, "SET STATEMENT max_statement_time = %.6f FOR ", left / 1e9) + sql;
    }

    static String subjectsSql(SearchTerms terms, boolean fullText) {
        return "SELECT c.id, c.consumer_id FROM conversation c WHERE c.company_id = ? AND "
                + conditions("c.subject", terms, fullText) + " ORDER BY c.id DESC";
    }

    static String messagesSql(SearchTerms terms, boolean fullText) {
        return "SELECT DISTINCT c.id, c.consumer_id FROM message m JOIN conversation c ON c.id = m.conversation_id"
                + " WHERE c.company_id = ? AND " + conditions("m.body", terms, fullText) + " ORDER BY c.id DESC";
    }

    /**
     * Among the newest requests (MariaDB), every piece by {@code like}: no full-text index answers for all first. In the
     * order of their activity, so that the search stops once it has found enough.
     */
    static String newestSubjectsSql(SearchTerms terms) {
        return "SELECT c.id, c.consumer_id FROM " + newest(NEWEST_SEARCHED) + " WHERE "
                + conditions("c.subject", terms, false);
    }

    static String newestMessagesSql(SearchTerms terms) {
        return "SELECT c.id, c.consumer_id FROM " + newest(NEWEST_SEARCHED) + " WHERE EXISTS (SELECT 1 FROM message m"
                + " WHERE m.conversation_id = c.id AND " + conditions("m.body", terms, false) + ")";
    }

    /** How many of the newest requests' messages hold each piece: the pieces' parameters first, then the company. */
    static String probeSql(int pieces) {
        return "SELECT "
                + String.join(
                        ", ",
                        Collections.nCopies(
                                pieces, "COALESCE(SUM(CASE WHEN LOWER(m.body) LIKE ? ESCAPE '!' THEN 1 END), 0)"))
                + " FROM " + newest(PROBED) + " JOIN message m ON m.conversation_id = c.id";
    }

    private static String newest(int count) {
        return "(SELECT id, consumer_id, subject FROM conversation FORCE INDEX (ix_conversation_company_latest)"
                + " WHERE company_id = ? ORDER BY last_activity_at DESC, id DESC LIMIT " + count + ") c";
    }

    /** Each piece of the term as a condition on the column, in the order of {@link #parameters}. */
    private static String conditions(String column, SearchTerms terms, boolean fullText) {
        var all = new ArrayList<String>();
        if (fullText && !terms.words().isEmpty()) {
            all.add("MATCH (" + column + ") AGAINST (? IN BOOLEAN MODE)");
        }
        for (var ignored : fullText ? terms.likes() : terms.allAsLikes()) {
            all.add("LOWER(" + column + ") LIKE ? ESCAPE '!'");
        }
        return String.join(" AND ", all);
    }
}
