package de.anliegen.conversation.boundary;

/** An attachment with its bytes, to stream back. */
public record AttachmentFile(AttachmentView attachment, byte[] content) {}
