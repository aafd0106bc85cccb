package de.anliegen.conversation.boundary;

import de.anliegen.conversation.entity.InternalNote;
import java.time.Instant;

/** An internal note as the company's staff see it (no one else does). */
public record NoteView(long id, long conversationId, Long agentId, String agentName, String text, Instant createdAt) {

    public static NoteView of(InternalNote note) {
        return new NoteView(
                note.id(), note.conversationId(), note.agentId(), note.agentName(), note.body(), note.createdAt());
    }
}
