package de.anliegen.conversation.boundary;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Messages in order after a cursor. {@code next} is the cursor for the following page (the last message's seq, or
 * the cursor asked with when there was nothing new); {@code more} says whether that page has messages already.
 */
public record MessagePage(
        @NotNull List<MessageView> messages,
        @NotNull long next,
        @NotNull boolean more) {}
