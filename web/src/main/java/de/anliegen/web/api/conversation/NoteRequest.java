package de.anliegen.web.api.conversation;

import jakarta.validation.constraints.Size;

/** An internal note's text (up to 4,000 characters). */
public record NoteRequest(@Size(max = 8_000) String text) {}
