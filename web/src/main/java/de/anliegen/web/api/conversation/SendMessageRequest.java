package de.anliegen.web.api.conversation;

import de.anliegen.conversation.boundary.SendMessage;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A message: the client's own id for it (a UUID; the same id again is the same message), the text (up to 10,000
 * characters; may be empty when files come with it) and the ids of files uploaded for it.
 */
public record SendMessageRequest(
        @NotNull @Size(max = 64) String clientMessageId,
        @Size(max = 20_000) String text,
        @Size(max = 10) List<Long> attachmentIds) {

    SendMessage toCommand() {
        return new SendMessage(clientMessageId, text, attachmentIds);
    }
}
