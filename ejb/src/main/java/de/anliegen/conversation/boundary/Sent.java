package de.anliegen.conversation.boundary;

/** A message and whether this call created it ({@code false}: a retry found the message sent before). */
public record Sent(MessageView message, boolean isNew) {}
