package de.anliegen.web.api.conversation;

import de.anliegen.conversation.boundary.Conversations;
import de.anliegen.web.api.MostCharacters;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Closing a request, with a rating from 1 to 5 and a comment when the company resolved it. */
public record CloseRequest(
        @Min(1) @Max(5) Integer rating,

        @Schema(maxLength = Conversations.MOST_COMMENT_CHARACTERS)
        @MostCharacters(Conversations.MOST_COMMENT_CHARACTERS)
        String comment) {}
