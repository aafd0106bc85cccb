package de.anliegen.conversation.boundary;

import de.anliegen.company.boundary.CompanyView;
import de.anliegen.conversation.entity.Conversation;
import de.anliegen.conversation.entity.Status;
import de.anliegen.identity.boundary.ConsumerContact;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A service request as one side sees it. The consumer sees the company; the company sees the consumer's name and
 * number while they are connected and their data is not restricted ({@code consumer} is null after a disconnection,
 * and while the data protection officer restricts the processing of their data: {@code consumerRestricted}). {@code unread} counts the
 * messages of the other side this side has not read; {@code lastSeq} is the number of the latest message.
 */
public record ConversationView(
        @NotNull long id,
        @NotNull CompanyView company,
        ConsumerContact consumer,
        @NotNull boolean consumerRestricted,
        @NotNull String subject,
        @NotNull String status,
        Long assignedAgentId,
        @NotNull long lastSeq,
        @NotNull long unread,
        Integer rating,
        String ratingComment,
        @NotNull Instant createdAt,
        @NotNull Instant lastActivityAt,
        Instant resolvedAt,
        Instant closedAt)
        implements Serializable {

    /** What {@code status} says, as the API writes it: every {@code Status}, in lower case. */
    public static final List<String> STATUSES = Arrays.stream(Status.values())
            .map(status -> status.name().toLowerCase(Locale.ROOT))
            .toList();

    public static ConversationView of(
            Conversation conversation,
            CompanyView company,
            ConsumerContact consumer,
            boolean consumerRestricted,
            long unread) {

        return new ConversationView(
                conversation.id(),
                company,
                consumer,
                consumerRestricted,
                conversation.subject(),
                conversation.status().name().toLowerCase(Locale.ROOT),
                conversation.assignedAgentId(),
                conversation.lastSeq(),
                unread,
                conversation.rating() == null ? null : conversation.rating().intValue(),
                conversation.ratingComment(),
                conversation.createdAt(),
                conversation.lastActivityAt(),
                conversation.resolvedAt(),
                conversation.closedAt());
    }
}
