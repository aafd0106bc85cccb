package de.anliegen.web.api.conversation;

import de.anliegen.conversation.boundary.Conversations;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The request's {@code priority} ({@code low}, {@code normal}, {@code high}, {@code urgent}) and its {@code tags}
 * (exactly these, up to 10 of up to 30 characters); either left out stays as it is.
 */
public record LabelsRequest(
        @Size(max = 10) String priority,
        @Size(max = Conversations.MOST_TAGS) List<@Size(max = 100) String> tags) {}
