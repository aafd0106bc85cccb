package de.anliegen.conversation.control;

import java.util.List;

/**
 * What a search in a company's inbox found: the consumers whose name or number matched (only those the company sees
 * by name), and the conversations whose subject or messages did. An inbox lists the conversations of either.
 * {@code searchedOnlyNewest} is 0 when every conversation's subject and texts were searched, otherwise how many of the
 * most recently active were: the term was too common to search them all in time ({@link InboxSearch#BUDGET}).
 */
public record SearchMatches(String term, List<Long> consumers, List<Long> conversations, int searchedOnlyNewest) {

    public SearchMatches {
        consumers = List.copyOf(consumers);
        conversations = List.copyOf(conversations);
    }

    public boolean isEmpty() {
        return consumers.isEmpty() && conversations.isEmpty();
    }
}
