package de.anliegen.web.api.conversation;

import de.anliegen.conversation.boundary.InternalNotes;
import de.anliegen.web.api.MostCharacters;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An internal note's text (up to 4,000 characters). */
public record NoteRequest(
        @Schema(maxLength = InternalNotes.MOST_CHARACTERS) @MostCharacters(InternalNotes.MOST_CHARACTERS)
        String text) {}
