package de.anliegen.conversation.control;

import de.anliegen.conversation.boundary.AttachmentView;
import de.anliegen.conversation.boundary.MessageView;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

/** A message to send, its form already checked: who sends it, into which conversation, under which client id. */
// the attachment ids as the client sent them, a null among them too: the batch refuses that one with 400
public record Send(Participant by, long conversationId, String clientMessageId, String text, List<Long> attachmentIds) {

    /**
     * Whether the message stored under this send's client message id carries the files this send names, in any order:
     * a retry names the same ones.
     */
    public boolean namesTheFilesOf(MessageView stored) {
        return new HashSet<>(attachmentIds)
                .equals(stored.attachments().stream().map(AttachmentView::id).collect(Collectors.toSet()));
    }
}
