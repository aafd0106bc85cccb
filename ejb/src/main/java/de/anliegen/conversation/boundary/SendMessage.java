package de.anliegen.conversation.boundary;

import java.util.List;

/**
 * A message to send: {@code clientMessageId} is chosen by the client (a UUID) and makes sending idempotent;
 * {@code attachmentIds} are files uploaded to the conversation before.
 */
public record SendMessage(String clientMessageId, String text, List<Long> attachmentIds) {}
