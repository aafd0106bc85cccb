package de.anliegen.conversation.boundary;

import de.anliegen.conversation.entity.Message;
import de.anliegen.conversation.entity.Side;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A message as both sides see it: {@code author} is {@code consumer} or {@code company} (with the agent's name);
 * {@code delivered} and {@code read} say whether the other side has received and read it.
 */
public record MessageView(
        long id,
        long conversationId,
        long seq,
        String clientMessageId,
        String author,
        String agentName,
        String text,
        List<AttachmentView> attachments,
        Instant sentAt,
        boolean delivered,
        boolean read) {

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
