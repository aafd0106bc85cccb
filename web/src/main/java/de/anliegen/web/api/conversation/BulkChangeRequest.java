package de.anliegen.web.api.conversation;

import de.anliegen.conversation.boundary.BulkChange;
import de.anliegen.conversation.boundary.Conversations;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One change to up to 100 requests, all or none: {@code status}, an assignee ({@code assign} true with {@code agentId},
 * or with none for no one), a tag to add ({@code addTag}); what is left out stays as it is.
 */
public record BulkChangeRequest(
        @NotNull @Size(min = 1, max = Conversations.MOST_PER_PAGE)
        List<@NotNull Long> ids,

        @Size(max = 30) String status,
        Boolean assign,
        Long agentId,
        @Size(max = 100) String addTag) {

    BulkChange toChange() {
        return new BulkChange(ids, status, assign, agentId, addTag);
    }
}
