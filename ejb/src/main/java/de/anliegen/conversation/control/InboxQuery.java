package de.anliegen.conversation.control;

import de.anliegen.conversation.entity.Conversation;
import de.anliegen.conversation.entity.Priority;
import de.anliegen.conversation.entity.Status;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One list of conversations with only the conditions chosen (a consumer's own, or a company's inbox by queue, status
 * and search), so that each shape reads the index made for it (V30) in the order it lists, newest activity first, then
 * the higher id, and pages by where the last page ended instead of counting rows off. Its page, its count and the check
 * of single conversations share one condition, so that they always agree.
 *
 * <p>SQL rather than JPQL for the index hint: on MariaDB a page after a cursor names its index, because the optimizer
 * otherwise reads the company's rows from the newest down to the cursor (it takes the company's equality for a cheaper
 * way than the range, and 800 rows read for a page of 20 were measured at the 40th page; docs/benchmarks.md).
 */
public final class InboxQuery {

    /** A count stops here: the inbox says "1,000+" rather than read every row to say how many more. */
    public static final int MOST_COUNTED = 1_000;

    /** The orders of a company's inbox: newest activity first, or the first response due soonest first. */
    public static final String BY_ACTIVITY = "activity";

    public static final String BY_DUE = "due";

    private static final String ORDER = " ORDER BY c.last_activity_at DESC, c.id DESC";
    private static final String AFTER = " AND (c.last_activity_at < :at OR (c.last_activity_at = :at AND c.id < :id))";
    private static final String AWAITING_FIRST_RESPONSE =
            " AND c.first_response_at IS NULL AND c.first_response_due_at IS NOT NULL";
    private static final String ORDER_BY_DUE = " ORDER BY c.first_response_due_at, c.id";
    private static final String AFTER_BY_DUE =
            " AND (c.first_response_due_at > :at OR (c.first_response_due_at = :at AND c.id > :id))";
    // a tag's requests on MariaDB: read through the tag's rows, which carry their request's activity (V33_1)
    private static final String BY_TAG = " FROM conversation_tag t FORCE INDEX (ix_conversation_tag_activity)"
            + " STRAIGHT_JOIN conversation c ON c.id = t.conversation_id WHERE t.company_id = :company AND t.tag = :tag"
            + " AND ";
    private static final String ORDER_BY_TAG = " ORDER BY t.last_activity_at DESC, t.conversation_id DESC";
    private static final String AFTER_BY_TAG =
            " AND (t.last_activity_at < :at OR (t.last_activity_at = :at AND t.conversation_id < :id))";

    private final String condition;
    // the condition without the tag, when a tag's rows lead the way on MariaDB (a tag, no search, newest activity
    // first)
    private final String untagged;
    private final String index;
    private final Map<String, Object> parameters;
    private final String filter;
    private final SearchMatches search;
    private final boolean byDue;

    private InboxQuery(
            String condition,
            String untagged,
            String index,
            Map<String, Object> parameters,
            String filter,
            SearchMatches search,
            boolean byDue) {
        this.byDue = byDue;
        this.condition = condition;
        this.untagged = untagged;
        this.index = index;
        this.parameters = parameters;
        this.filter = filter;
        this.search = search;
    }

    public static InboxQuery ofConsumer(long consumerId) {
        return new InboxQuery(
                "c.consumer_id = :consumer",
                null,
                "ix_conversation_consumer_activity",
                Map.of("consumer", consumerId),
                "consumer",
                null,
                false);
    }

    /**
     * A company's inbox: {@code queue} one of all, unassigned, mine (the agent's own); {@code status},
     * {@code priority} and {@code tag} null for any; {@code search} null for none, or the term with what it matched;
     * {@code order} {@link #BY_ACTIVITY} or {@link #BY_DUE} (only the requests that await a first response promised).
     */
    public static InboxQuery ofCompany(
            long companyId,
            Long agentId,
            String queue,
            Status status,
            Priority priority,
            String tag,
            SearchMatches search,
            String order) {
        var byDue = BY_DUE.equals(order);
        var where = new StringBuilder("c.company_id = :company");
        var parameters = new LinkedHashMap<String, Object>();
        parameters.put("company", companyId);
        switch (queue) {
            case "all" -> {}
            case "unassigned" -> where.append(" AND c.assigned_agent_id IS NULL");
            case "mine" -> {
                where.append(" AND c.assigned_agent_id = :agent");
                parameters.put("agent", agentId);
            }
            default -> throw new IllegalArgumentException("No queue " + queue);
        }
        if (status != null) {
            where.append(" AND c.status = :status");
            parameters.put("status", status.name());
        }
        if (priority != null) {
            where.append(" AND c.priority = :priority");
            parameters.put("priority", priority.name());
        }
        var untagged = tag != null && search == null && !byDue ? where.toString() : null;
        if (tag != null) {
            where.append(" AND c.id IN (SELECT t.conversation_id FROM conversation_tag t"
                    + " WHERE t.company_id = :company AND t.tag = :tag)");
            parameters.put("tag", tag);
        }
        if (search != null) {
            var any = new ArrayList<String>();
            if (!search.consumers().isEmpty()) {
                any.add("c.consumer_id IN (:consumers)");
                parameters.put("consumers", search.consumers());
            }
            if (!search.conversations().isEmpty()) {
                any.add("c.id IN (:matches)");
                parameters.put("matches", search.conversations());
            }
            if (!any.isEmpty()) {
                where.append(" AND (").append(String.join(" OR ", any)).append(")");
            }
        }
        if (byDue) {
            where.append(AWAITING_FIRST_RESPONSE);
        }
        String index;
        if (search != null || tag != null) {
            // the matches, or the tag's requests, are few: read them by their ids and sort them, not the company's rows
            index = null;
        } else if (byDue) {
            index = "ix_conversation_company_due";
        } else if (priority != null) {
            index = "ix_conversation_company_priority";
        } else if (queue.equals("all")) {
            index = status == null ? "ix_conversation_company_latest" : "ix_conversation_company_activity";
        } else {
            index = status == null ? "ix_conversation_company_assignee" : "ix_conversation_company_assignee_status";
        }
        var filter = String.join(
                "|",
                queue,
                status == null ? "" : status.name(),
                search == null ? "" : search.term(),
                priority == null ? "" : priority.name(),
                tag == null ? "" : tag,
                byDue ? BY_DUE : BY_ACTIVITY);
        return new InboxQuery(where.toString(), untagged, index, Map.copyOf(parameters), filter, search, byDue);
    }

    /** Where the page after this row starts: its moment in the list's order, and its id. */
    public InboxCursor after(Conversation last) {
        return new InboxCursor(byDue ? last.firstResponseDueAt() : last.lastActivityAt(), last.id());
    }

    /**
     * How many of the most recently active requests the search looked through, because its term was too common to
     * search them all in time; 0 when it searched all, or there is no search.
     */
    public int searchedOnlyNewest() {
        return search == null ? 0 : search.searchedOnlyNewest();
    }

    /** A search that matched nothing: the list is empty without asking. */
    private boolean findsNothing() {
        return search != null && search.isEmpty();
    }

    /** What a cursor is bound to: the same list, whatever page. */
    public String filter() {
        return filter;
    }

    /** The page after the cursor (null: the first), newest activity first. */
    public List<Conversation> page(EntityManager em, boolean mariaDb, InboxCursor after, int limit) {
        if (findsNothing()) {
            return List.of();
        }
        var query = bind(em.createNativeQuery(pageSql(after != null, mariaDb), Conversation.class));
        if (after != null) {
            query.setParameter("at", LocalDateTime.ofInstant(after.at(), ZoneOffset.UTC))
                    .setParameter("id", after.id());
        }
        return conversations(query.setMaxResults(limit));
    }

    /** The page that skips {@code offset} rows (at most {@link #MOST_COUNTED}: deeper, a cursor pages). */
    public List<Conversation> page(EntityManager em, boolean mariaDb, int offset, int limit) {
        if (findsNothing()) {
            return List.of();
        }
        return conversations(bind(em.createNativeQuery(pageSql(false, mariaDb), Conversation.class))
                .setFirstResult(offset)
                .setMaxResults(limit));
    }

    /** How many the list holds, counted up to {@code most}: it reads the ids of at most that many rows. */
    public int countUpTo(EntityManager em, boolean mariaDb, int most) {
        if (findsNothing()) {
            return 0;
        }
        var sql = mariaDb && untagged != null
                ? "SELECT c.id" + BY_TAG + untagged
                : "SELECT c.id FROM conversation c WHERE " + condition;
        return bind(em.createNativeQuery(sql))
                .setMaxResults(most)
                .getResultList()
                .size();
    }

    /** Those of the given conversations that the list holds, in no order. */
    public List<Conversation> among(EntityManager em, Collection<Long> ids) {
        if (findsNothing() || ids.isEmpty()) {
            return List.of();
        }
        return conversations(bind(em.createNativeQuery(
                        "SELECT c.* FROM conversation c WHERE " + condition + " AND c.id IN (:ids)",
                        Conversation.class))
                .setParameter("ids", List.copyOf(ids)));
    }

    /** The SQL of a page (also for the benchmark's plans). */
    public String pageSql(boolean afterCursor, boolean mariaDb) {
        if (mariaDb && untagged != null) {
            return "SELECT c.*" + BY_TAG + untagged + (afterCursor ? AFTER_BY_TAG : "") + ORDER_BY_TAG;
        }
        var hint = mariaDb && index != null ? " FORCE INDEX (" + index + ")" : "";
        return "SELECT c.* FROM conversation c" + hint + " WHERE " + condition
                + (afterCursor ? (byDue ? AFTER_BY_DUE : AFTER) : "")
                + (byDue ? ORDER_BY_DUE : ORDER);
    }

    private Query bind(Query query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    @SuppressWarnings("unchecked")
    private static List<Conversation> conversations(Query query) {
        return query.getResultList();
    }
}
