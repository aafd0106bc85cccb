package de.anliegen.conversation.boundary;

import de.anliegen.conversation.entity.Conversation;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

/** Another request of the same consumer to the company, as the customer panel beside a request lists it. */
public record OtherRequest(
        @NotNull long id,
        @NotNull String subject,
        @NotNull String status,
        @NotNull Instant createdAt,
        @NotNull Instant lastActivityAt)
        implements Serializable {

    static OtherRequest of(Conversation conversation) {
        return new OtherRequest(
                conversation.id(),
                conversation.subject(),
                conversation.status().name().toLowerCase(Locale.ROOT),
                conversation.createdAt(),
                conversation.lastActivityAt());
    }
}
