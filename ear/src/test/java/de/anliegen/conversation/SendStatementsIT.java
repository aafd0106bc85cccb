package de.anliegen.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.company.boundary.Connections;
import de.anliegen.conversation.boundary.ConversationId;
import de.anliegen.conversation.boundary.Conversations;
import de.anliegen.conversation.boundary.Messages;
import de.anliegen.conversation.boundary.OpenConversation;
import de.anliegen.conversation.boundary.SendMessage;
import de.anliegen.identity.boundary.ConsumerId;
import de.anliegen.support.CountingConsumer;
import de.anliegen.support.Deployments;
import de.anliegen.support.OnEveryDatabase;
import de.anliegen.support.ServiceRequests;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The send path's cost, counted so that it cannot creep back (issue 18, ADR 0005): a consumer's text message is at
 * most six statements in its transaction, and it locks no stream.
 */
@OnEveryDatabase
@ExtendWith(ArquillianExtension.class)
class SendStatementsIT {

    static final int MOST_STATEMENTS = 6;

    @Inject
    CountingConsumer consumer;

    @Inject
    Connections connections;

    @Inject
    Conversations conversations;

    @Inject
    Messages messages;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earTesting();
    }

    @Test
    void a_consumers_text_message_takes_at_most_six_statements() {
        consumer.exist();
        var conversation = consumer.does(() -> {
            connections.connect(new ConsumerId(CountingConsumer.ID), ServiceRequests.STADTWERKE);
            return conversations
                    .open(new OpenConversation(
                            ServiceRequests.STADTWERKE, "Zählerstand", "Wie viele Anweisungen?", id()))
                    .conversation()
                    .id();
        });

        var counts = new ArrayList<Integer>();
        for (var i = 0; i < 3; i++) {
            counts.add(consumer.statementsOf(() -> messages.send(
                    new ConversationId(conversation), new SendMessage(id(), "Nachricht " + UUID.randomUUID(), null))));
        }

        // a send cannot do with fewer than four (lock, message, conversation, outbox): the counter counts
        assertTrue(
                counts.stream().allMatch(count -> count >= 4 && count <= MOST_STATEMENTS),
                () -> "statements per send: " + counts);
        // a retry of the same message is answered from the database, and costs no more
        var clientMessageId = id();
        var first = consumer.statementsOf(() ->
                messages.send(new ConversationId(conversation), new SendMessage(clientMessageId, "Noch einmal", null)));
        var retry = consumer.statementsOf(() ->
                messages.send(new ConversationId(conversation), new SendMessage(clientMessageId, "Noch einmal", null)));
        assertTrue(first <= MOST_STATEMENTS && retry <= MOST_STATEMENTS, () -> "send " + first + ", retry " + retry);
        assertEquals(
                5,
                consumer.does(() -> messages.page(new ConversationId(conversation), 0, 10)
                        .messages()
                        .size()));
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
