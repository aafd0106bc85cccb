package de.anliegen.conversation.boundary;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * One page of conversations, newest activity first. {@code total} counts them up to 1,000 ({@code totalCapped}: there
 * are more); {@code next} is the {@code after} of the following page, null on the last.
 */
public record ConversationPage(
        @NotNull List<ConversationView> conversations,
        @NotNull long total,
        @NotNull boolean totalCapped,
        String next,
        @NotNull int offset,
        @NotNull int limit) {}
