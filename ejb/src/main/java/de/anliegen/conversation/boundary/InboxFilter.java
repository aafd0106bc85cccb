package de.anliegen.conversation.boundary;

import java.io.Serializable;

/**
 * What an agent's inbox lists: a queue ({@code all}, {@code unassigned}, {@code mine}; null for unassigned), and a
 * status, a priority, a tag and a search term, each null for any; in an {@code order} (null: newest activity first;
 * {@code due}: the requests awaiting their first response, the one due soonest first).
 */
public record InboxFilter(String queue, String status, String priority, String tag, String search, String order)
        implements Serializable {

    /** The whole queue, newest activity first, nothing else chosen. */
    public static InboxFilter queue(String queue) {
        return new InboxFilter(queue, null, null, null, null, null);
    }
}
