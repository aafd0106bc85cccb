package de.anliegen.conversation.boundary;

/** Which file of a conversation, across layers. */
public record AttachmentId(long value) {}
