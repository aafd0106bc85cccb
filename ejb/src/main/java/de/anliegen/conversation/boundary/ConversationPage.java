package de.anliegen.conversation.boundary;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * One page of conversations, newest activity first. {@code total} counts them up to 1,000 ({@code totalCapped}: there
 * are more); {@code next} is the {@code after} of the following page, null on the last. {@code searchedOnlyNewest}
 * (absent without a search, or when every request was searched): the search term was so common that only the subjects
 * and texts of this many most recently active requests were searched (names always all); more words narrow it.
 */
public record ConversationPage(
        @NotNull List<ConversationView> conversations,
        @NotNull long total,
        @NotNull boolean totalCapped,
        String next,
        @NotNull int offset,
        @NotNull int limit,
        Integer searchedOnlyNewest) {}
