package de.anliegen.web.api.conversation;

import de.anliegen.conversation.boundary.Messages;
import de.anliegen.conversation.boundary.SendMessage;
import de.anliegen.web.api.MostCharacters;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A message: the client's own id for it (a UUID fits; the same id again is the same message), the text (up to
 * 10,000 characters; may be empty when files come with it) and the ids of files uploaded for it.
 */
public record SendMessageRequest(
        @Schema(pattern = Messages.CLIENT_ID_PATTERN, description = "The client's own id, e.g. a UUID")
        @NotNull
        @Size(max = 64)
        String clientMessageId,

        @Schema(maxLength = Messages.MOST_CHARACTERS, description = "Counted in Unicode code points: an emoji is one")
        @MostCharacters(Messages.MOST_CHARACTERS)
        String text,

        @Size(max = 10) List<Long> attachmentIds) {

    SendMessage toCommand() {
        return new SendMessage(clientMessageId, text, attachmentIds);
    }
}
