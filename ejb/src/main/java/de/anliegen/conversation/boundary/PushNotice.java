package de.anliegen.conversation.boundary;

/**
 * A consumer without an open app hears of an answer: which company wrote in which conversation (and its subject, for
 * those who chose previews), never the text.
 */
public record PushNotice(long consumerId, String companyName, long conversationId, String subject) {}
