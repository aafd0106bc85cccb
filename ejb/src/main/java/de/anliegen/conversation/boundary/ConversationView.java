package de.anliegen.conversation.boundary;

import de.anliegen.company.boundary.CompanyView;
import de.anliegen.conversation.entity.Conversation;
import de.anliegen.conversation.entity.Priority;
import de.anliegen.conversation.entity.Side;
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
 * messages of the other side this side has not read; {@code lastSeq} is the number of the latest message. The
 * {@code priority} and {@code tags} the company's agents gave the request, when its first response is due
 * ({@code firstResponseDueAt}, if the company promises one), when it came ({@code firstResponseAt}), and since when the
 * consumer waits for an answer ({@code waitingSince}) stand only in the company's view.
 */
public record ConversationView(
        @NotNull long id,
        @NotNull CompanyView company,
        ConsumerContact consumer,
        @NotNull boolean consumerRestricted,
        @NotNull String subject,
        @NotNull String status,
        Long assignedAgentId,
        String priority,
        List<String> tags,
        Instant firstResponseDueAt,
        Instant firstResponseAt,
        Instant waitingSince,
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

    /** The status of a request only its consumer sets; it then takes no more messages. */
    public static final String CLOSED = Status.CLOSED.name().toLowerCase(Locale.ROOT);

    /** What {@code priority} says, as the API writes it: every {@code Priority}, in lower case. */
    public static final List<String> PRIORITIES = Arrays.stream(Priority.values())
            .map(priority -> priority.name().toLowerCase(Locale.ROOT))
            .toList();

    /** The request as the consumer sees it: no consumer, no priority, no tags. */
    public static ConversationView ofConsumers(Conversation conversation, CompanyView company) {
        return of(conversation, company, null, false, null, conversation.unreadFor(Side.CONSUMER));
    }

    /** The request as the company sees it, with its tags ({@code null}: for the consumer's view). */
    public static ConversationView of(
            Conversation conversation,
            CompanyView company,
            ConsumerContact consumer,
            boolean consumerRestricted,
            List<String> tags,
            long unread) {

        return new ConversationView(
                conversation.id(),
                company,
                consumer,
                consumerRestricted,
                conversation.subject(),
                conversation.status().name().toLowerCase(Locale.ROOT),
                conversation.assignedAgentId(),
                tags == null ? null : conversation.priority().name().toLowerCase(Locale.ROOT),
                tags == null ? null : List.copyOf(tags),
                tags == null ? null : conversation.firstResponseDueAt(),
                tags == null ? null : conversation.firstResponseAt(),
                tags == null ? null : conversation.waitingSince(),
                conversation.lastSeq(),
                unread,
                conversation.rating() == null ? null : conversation.rating().intValue(),
                // the consumer's own words, like their messages: not shown while their data are restricted
                consumerRestricted ? null : conversation.ratingComment(),
                conversation.createdAt(),
                conversation.lastActivityAt(),
                conversation.resolvedAt(),
                conversation.closedAt());
    }

    /** Whether the company missed the first response it promised: it came late, or has not come and is overdue. */
    public boolean firstResponseMissed(Instant now) {
        return Conversation.missedFirstResponse(firstResponseDueAt, firstResponseAt, now);
    }
}
