package de.anliegen.conversation.boundary;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/** One page of conversations, newest activity first, and how many there are in all. */
public record ConversationPage(
        @NotNull List<ConversationView> conversations,
        @NotNull long total,
        @NotNull int offset,
        @NotNull int limit) {}
