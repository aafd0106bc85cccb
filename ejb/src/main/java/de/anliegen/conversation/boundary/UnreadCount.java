package de.anliegen.conversation.boundary;

import jakarta.validation.constraints.NotNull;

/**
 * How many of the company's requests hold messages of the consumer no one of the company has read yet: counted up to
 * {@value Conversations#MOST_UNREAD_COUNTED} ({@code more}: there are more).
 */
public record UnreadCount(@NotNull int count, @NotNull boolean more) {}
