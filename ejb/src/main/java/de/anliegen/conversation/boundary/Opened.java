package de.anliegen.conversation.boundary;

/** A conversation and whether this call opened it ({@code false}: a retry found the one opened before). */
public record Opened(ConversationView conversation, boolean isNew) {}
