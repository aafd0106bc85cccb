package de.anliegen.web.portal.inbox;

import de.anliegen.conversation.boundary.ConversationView;
import de.anliegen.conversation.boundary.Conversations;
import java.io.Serializable;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What the inbox shows, as its address says it: the queue, the filters, the search and the page. The inbox keeps it
 * in its address, so that the browser's back button, a reload and the link back from a request return to the same
 * list, and a request's page carries it along ({@code ?inbox=}) for its link back. Whatever an address holds, each
 * value the inbox does not know (mistyped, tampered with, or a page beyond what can be reached at once) falls back to
 * its default: the page shows the inbox, never an error. Only the inbox's own page is ever built from it, so no
 * carried address can lead elsewhere.
 */
public record InboxAddress(
        String queue, String status, String priority, String tag, String order, String search, int page)
        implements Serializable {

    public static final String PAGE = "/portal/inbox/index.xhtml";
    public static final String DEFAULT_QUEUE = "unassigned";
    static final List<String> QUEUES = List.of(DEFAULT_QUEUE, "mine", "all");

    /** The rows of a page of the inbox's table. */
    public static final int ROWS_PER_PAGE = 20;

    /**
     * The deepest page an address opens: the table reaches it in one read by offset, which the boundary allows up to
     * {@link Conversations#MOST_SKIPPED} rows; further pages continue from the one before (a cursor), not from an
     * address.
     */
    public static final int DEEPEST_PAGE = Conversations.MOST_SKIPPED / ROWS_PER_PAGE + 1;

    /** As long as the search field takes, and the API's {@code q}. */
    public static final int MOST_SEARCH_CHARACTERS = 100;

    /** A tag is at most this long (the conversation's rule); the inbox offers only the company's own. */
    static final int MOST_TAG_CHARACTERS = 30;

    /** Longer than any address the inbox makes: not read at all. */
    static final int MOST_CARRIED = 2_000;

    public static final InboxAddress DEFAULT = new InboxAddress(DEFAULT_QUEUE, null, null, null, null, null, 1);

    public InboxAddress {
        queue = queue(queue);
        status = status(status);
        priority = priority(priority);
        tag = tag(tag);
        order = order(order);
        search = search(search);
        page = page >= 1 && page <= DEEPEST_PAGE ? page : 1;
    }

    /** A queue the inbox knows, or the default. */
    static String queue(String value) {
        return value != null && QUEUES.contains(value) ? value : DEFAULT_QUEUE;
    }

    /** A status the inbox knows, or any (null). */
    static String status(String value) {
        return value != null && ConversationView.STATUSES.contains(value) ? value : null;
    }

    /** A priority the inbox knows, or any (null). */
    static String priority(String value) {
        return value != null && ConversationView.PRIORITIES.contains(value) ? value : null;
    }

    /** An order the inbox knows besides newest activity first, or that default (null). */
    static String order(String value) {
        return value != null && orders().contains(value) ? value : null;
    }

    /** The orders besides the default, newest activity first. */
    static List<String> orders() {
        return Conversations.ORDERS.subList(1, Conversations.ORDERS.size());
    }

    /** What could be a tag, or any (null); whether the company has it, the inbox asks. */
    static String tag(String value) {
        return value == null || value.isBlank() || value.codePointCount(0, value.length()) > MOST_TAG_CHARACTERS
                ? null
                : value;
    }

    /**
     * The search without the white space around it, or none (null): when blank, and when longer than the search field
     * takes, since only a tampered address holds such a term and searching a part of it would find what no one asked.
     */
    static String search(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var term = value.strip();
        return term.codePointCount(0, term.length()) > MOST_SEARCH_CHARACTERS ? null : term;
    }

    /** The page an address names, from 1; anything else is the first. */
    static int page(String value) {
        try {
            var page = value == null ? 1 : Integer.parseInt(value.strip());
            return page >= 1 && page <= DEEPEST_PAGE ? page : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The inbox an address's query names ({@code queue=all&status=open&page=3}); the default for anything else. */
    public static InboxAddress parse(String query) {
        if (query == null || query.length() > MOST_CARRIED) {
            return DEFAULT;
        }
        var parameters = new LinkedHashMap<String, String>();
        for (var pair : query.split("&")) {
            var equals = pair.indexOf('=');
            if (equals > 0) {
                try {
                    parameters.putIfAbsent(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
                } catch (IllegalArgumentException malformed) {
                    // a broken %-escape: as though the parameter were not there
                }
            }
        }
        return of(parameters);
    }

    /** The inbox the parameters of an address name, each unknown value its default. */
    public static InboxAddress of(Map<String, String> parameters) {
        return new InboxAddress(
                parameters.get("queue"),
                parameters.get("status"),
                parameters.get("priority"),
                parameters.get("tag"),
                parameters.get("order"),
                parameters.get("search"),
                page(parameters.get("page")));
    }

    /** The address's query, each value that is not its default: empty for the default inbox. */
    public String query() {
        var query = new StringJoiner("&");
        if (!queue.equals(DEFAULT_QUEUE)) {
            query.add("queue=" + encode(queue));
        }
        add(query, "status", status);
        add(query, "priority", priority);
        add(query, "tag", tag);
        add(query, "order", order);
        add(query, "search", search);
        if (page > 1) {
            query.add("page=" + page);
        }
        return query.toString();
    }

    /** The inbox's page with this address, below the context path. */
    public String path() {
        var query = query();
        return query.isEmpty() ? PAGE : PAGE + "?" + query;
    }

    public boolean isDefault() {
        return equals(DEFAULT);
    }

    private static void add(StringJoiner query, String name, String value) {
        if (value != null) {
            query.add(name + "=" + encode(value));
        }
    }

    private static String encode(String value) {
        // the one character URLEncoder leaves that a sign-in target may not hold (SignInTarget)
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("*", "%2A");
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
