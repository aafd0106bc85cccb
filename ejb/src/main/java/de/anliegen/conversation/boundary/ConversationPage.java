package de.anliegen.conversation.boundary;

import java.util.List;

/** One page of conversations, newest activity first, and how many there are in all. */
public record ConversationPage(List<ConversationView> conversations, long total, int offset, int limit) {}
