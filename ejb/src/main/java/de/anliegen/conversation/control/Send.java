package de.anliegen.conversation.control;

import java.util.List;

/** A message to send, its form already checked: who sends it, into which conversation, under which client id. */
// the attachment ids as the client sent them, a null among them too: the batch refuses that one with 400
public record Send(
        Participant by, long conversationId, String clientMessageId, String text, List<Long> attachmentIds) {}
