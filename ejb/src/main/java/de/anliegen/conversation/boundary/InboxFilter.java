package de.anliegen.conversation.boundary;

import java.io.Serializable;

/**
 * What an agent's inbox lists: a queue ({@code all}, {@code unassigned}, {@code mine}; null for unassigned), and a
 * status, a priority, a tag and a search term, each null for any.
 */
public record InboxFilter(String queue, String status, String priority, String tag, String search)
        implements Serializable {

    /** The whole queue, nothing else chosen. */
    public static InboxFilter queue(String queue) {
        return new InboxFilter(queue, null, null, null, null);
    }
}
