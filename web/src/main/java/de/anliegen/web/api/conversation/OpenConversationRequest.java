package de.anliegen.web.api.conversation;

import de.anliegen.conversation.boundary.Conversations;
import de.anliegen.conversation.boundary.Messages;
import de.anliegen.conversation.boundary.OpenConversation;
import de.anliegen.web.api.MostCharacters;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new service request: to which company (its handle), about what, the first message, and the app's own id. */
public record OpenConversationRequest(
        @NotNull @Size(max = 60) String company,

        @Schema(maxLength = Conversations.MOST_SUBJECT_CHARACTERS)
        @NotNull
        @MostCharacters(Conversations.MOST_SUBJECT_CHARACTERS)
        String subject,

        @Schema(maxLength = Messages.MOST_CHARACTERS, description = "Counted in Unicode code points: an emoji is one")
        @NotNull
        @MostCharacters(Messages.MOST_CHARACTERS)
        String text,

        @Schema(
                pattern = Messages.CLIENT_ID_PATTERN,
                description = "The app's own id for this request, e.g. a UUID: the same id again opens nothing new")
        @NotNull
        @Size(max = 64)
        String requestId) {

    OpenConversation toCommand() {
        return new OpenConversation(company, subject, text, requestId);
    }
}
