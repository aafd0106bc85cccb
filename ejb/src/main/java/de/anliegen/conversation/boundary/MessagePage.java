package de.anliegen.conversation.boundary;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Messages in order, read after a cursor or before one. {@code next} is the cursor for the following page (the last
 * message's seq, or the cursor asked with when there was nothing new); {@code more} says whether that page has
 * messages already. {@code earlier} is the {@code before} of the page that comes before this one's first message,
 * null when this page holds the conversation's first message (or no message).
 */
public record MessagePage(
        @NotNull List<MessageView> messages,
        @NotNull long next,
        @NotNull boolean more,
        Long earlier) {}
