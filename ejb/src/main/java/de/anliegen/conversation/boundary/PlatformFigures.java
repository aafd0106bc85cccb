package de.anliegen.conversation.boundary;

/** Service requests across the platform, in numbers only: never a subject or a message. */
public record PlatformFigures(long conversations, long openConversations, long messagesLast30Days) {}
