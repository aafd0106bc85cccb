package de.anliegen.conversation.control;

import java.util.List;

/**
 * What a search in a company's inbox found: the consumers whose name or number matched (only those the company sees
 * by name), and the conversations whose subject or messages did. An inbox lists the conversations of either.
 */
public record SearchMatches(String term, List<Long> consumers, List<Long> conversations) {

    public SearchMatches {
        consumers = List.copyOf(consumers);
        conversations = List.copyOf(conversations);
    }

    public boolean isEmpty() {
        return consumers.isEmpty() && conversations.isEmpty();
    }
}
