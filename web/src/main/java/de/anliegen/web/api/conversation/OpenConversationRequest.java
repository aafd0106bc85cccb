package de.anliegen.web.api.conversation;

import de.anliegen.conversation.boundary.OpenConversation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new service request: to which company (its handle), about what, the first message, and the app's own id. */
public record OpenConversationRequest(
        @NotNull @Size(max = 60) String company,
        @NotNull @Size(max = 1000) String subject,
        @NotNull @Size(max = 20_000) String text,
        @NotNull @Size(max = 64) String requestId) {

    OpenConversation toCommand() {
        return new OpenConversation(company, subject, text, requestId);
    }
}
