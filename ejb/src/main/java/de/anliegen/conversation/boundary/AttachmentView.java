package de.anliegen.conversation.boundary;

import de.anliegen.conversation.control.FileNames;
import de.anliegen.conversation.entity.Attachment;
import java.io.Serializable;

/** A file sent with a message; its bytes are at {@code /api/v1/conversations/{conversationId}/attachments/{id}}. */
public record AttachmentView(long id, long conversationId, String fileName, String contentType, long size)
        implements Serializable {

    public static AttachmentView of(Attachment attachment) {
        return new AttachmentView(
                attachment.id(),
                attachment.conversationId(),
                // files stored before names followed their type get the fitting extension here
                FileNames.of(attachment.fileName(), attachment.contentType()),
                attachment.contentType(),
                attachment.sizeBytes());
    }
}
