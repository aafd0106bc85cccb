package de.anliegen.conversation.control;

import de.anliegen.conversation.boundary.Recorded;
import de.anliegen.conversation.boundary.StreamMessage;
import de.anliegen.conversation.entity.Conversation;
import de.anliegen.conversation.entity.Side;
import java.util.List;
import java.util.Locale;

/** "Is typing" for the other side of a conversation: sent at once, never kept, no cursor. */
public final class Typing {

    private Typing() {}

    public static Recorded of(Participant from, Conversation conversation) {
        var recipient = from.side() == Side.CONSUMER
                ? Streams.ofCompany(conversation.companyId())
                : Streams.ofConsumer(conversation.consumerId());
        var json = EventJson.of(
                0,
                "typing",
                "conversationId",
                conversation.id(),
                "side",
                from.side().name().toLowerCase(Locale.ROOT),
                "agentName",
                from.agentName());
        return new Recorded(List.of(new StreamMessage(recipient, 0, json)));
    }
}
