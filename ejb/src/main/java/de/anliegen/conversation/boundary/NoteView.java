package de.anliegen.conversation.boundary;

import de.anliegen.conversation.entity.InternalNote;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** An internal note as the company's staff see it (no one else does). */
public record NoteView(
        @NotNull long id,
        @NotNull long conversationId,
        Long agentId,
        @NotNull String agentName,
        @NotNull String text,
        @NotNull Instant createdAt) {

    public static NoteView of(InternalNote note) {
        return new NoteView(
                note.id(), note.conversationId(), note.agentId(), note.agentName(), note.body(), note.createdAt());
    }
}
