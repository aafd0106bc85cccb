package de.anliegen.conversation.boundary;

import de.anliegen.conversation.entity.Message;
import de.anliegen.conversation.entity.Side;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A message as both sides see it: {@code author} is {@code consumer} or {@code company} (with the agent's name);
 * {@code delivered} and {@code read} say whether the other side has received and read it.
 */
public record MessageView(
        @NotNull long id,
        @NotNull long conversationId,
        @NotNull long seq,
        @NotNull String clientMessageId,
        @NotNull String author,
        String agentName,
        @NotNull String text,
        @NotNull List<AttachmentView> attachments,
        @NotNull Instant sentAt,
        @NotNull boolean delivered,
        @NotNull boolean read) {

    /** Who wrote a message, as {@code author} says: either side, in lower case. */
    public static final List<String> AUTHORS =
            Arrays.stream(Side.values()).map(MessageView::side).toList();

    public static MessageView of(Message message, List<AttachmentView> attachments) {
        var conversation = message.conversation();
        var recipient = message.author().other();
        return new MessageView(
                message.id(),
                conversation.id(),
                message.seq(),
                message.clientMessageId(),
                side(message.author()),
                message.agentName(),
                message.body(),
                attachments,
                message.sentAt(),
                conversation.deliveredSeqOf(recipient) >= message.seq(),
                conversation.readSeqOf(recipient) >= message.seq());
    }

    static String side(Side side) {
        return side.name().toLowerCase(Locale.ROOT);
    }
}
