package de.anliegen.conversation.boundary;

import de.anliegen.conversation.control.FileNames;
import de.anliegen.conversation.entity.Attachment;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;

/** A file sent with a message; its bytes are at {@code /api/v1/conversations/{conversationId}/attachments/{id}}. */
public record AttachmentView(
        @NotNull long id,
        @NotNull long conversationId,
        @NotNull String fileName,
        @NotNull String contentType,
        @NotNull long size)
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
