package de.anliegen.conversation.control;

import java.util.List;

/** A message to send, its form already checked: who sends it, into which conversation, under which client id. */
public record Send(Participant by, long conversationId, String clientMessageId, String text, List<Long> attachmentIds) {

    public Send {
        attachmentIds = List.copyOf(attachmentIds);
    }
}
