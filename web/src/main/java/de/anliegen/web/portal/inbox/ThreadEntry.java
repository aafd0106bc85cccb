package de.anliegen.web.portal.inbox;

import de.anliegen.conversation.boundary.AttachmentView;
import de.anliegen.conversation.boundary.MessageView;
import de.anliegen.conversation.boundary.NoteView;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One line of a conversation as the company's staff see it: a message of the consumer or of the company, or an
 * internal note (kind {@code note}); {@code read} says whether the consumer has read a company message.
 */
public record ThreadEntry(
        String key, String kind, Instant at, String author, String text, List<AttachmentView> attachments, boolean read)
        implements Serializable {

    static ThreadEntry of(MessageView message, String consumerName) {
        var fromConsumer = message.author().equals("consumer");
        return new ThreadEntry(
                "m" + message.seq(),
                message.author(),
                message.sentAt(),
                fromConsumer ? consumerName : message.agentName(),
                message.text(),
                message.attachments(),
                message.read());
    }

    static ThreadEntry of(NoteView note) {
        return new ThreadEntry(
                "n" + note.id(), "note", note.createdAt(), note.agentName(), note.text(), List.of(), false);
    }

    public boolean isNote() {
        return kind.equals("note");
    }

    public boolean isFromConsumer() {
        return kind.equals("consumer");
    }
}
