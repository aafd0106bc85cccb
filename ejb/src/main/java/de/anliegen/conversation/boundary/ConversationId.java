package de.anliegen.conversation.boundary;

/** Which conversation (service request), across layers. */
public record ConversationId(long value) {}
