package de.anliegen.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.company.boundary.Connections;
import de.anliegen.conversation.boundary.ConversationId;
import de.anliegen.conversation.boundary.Conversations;
import de.anliegen.conversation.boundary.Messages;
import de.anliegen.conversation.boundary.OpenConversation;
import de.anliegen.conversation.control.Participant;
import de.anliegen.conversation.control.Send;
import de.anliegen.conversation.control.SendBatch;
import de.anliegen.identity.boundary.ConsumerId;
import de.anliegen.support.CountingConsumer;
import de.anliegen.support.Deployments;
import de.anliegen.support.OnEveryDatabase;
import de.anliegen.support.ServiceRequests;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The send path's cost, counted so that it cannot creep back (issue 18, ADR 0005, ADR 16): a consumer's text message
 * alone is at most six statements in its transaction, and it locks no stream; in a batch of the group commit, the
 * three reads and the outbox's one insert are shared by all its messages.
 */
@OnEveryDatabase
@ExtendWith(ArquillianExtension.class)
class SendStatementsIT {

    static final int MOST_STATEMENTS = 6;
    static final int BATCH = 16;
    /** The reads (locks with earlier messages, restrictions, connections), an insert a message, the outbox, the update. */
    static final int MOST_STATEMENTS_OF_BATCH = 3 + BATCH + 2;

    static final int LONG_CONVERSATION = 512;

    @Inject
    CountingConsumer consumer;

    @Inject
    Connections connections;

    @Inject
    Conversations conversations;

    @Inject
    Messages messages;

    @Inject
    SendBatch batches;

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
            var text = "Nachricht " + i;
            counts.add(consumer.statementsOf(() -> batches.send(List.of(send(conversation, id(), text)))));
        }

        // a send cannot do with fewer than four (lock, message, conversation, outbox): the counter counts
        assertTrue(
                counts.stream().allMatch(count -> count >= 4 && count <= MOST_STATEMENTS),
                () -> "statements per send: " + counts);
        // a retry of the same message is answered from the database, and costs no more
        var clientMessageId = id();
        var first =
                consumer.statementsOf(() -> batches.send(List.of(send(conversation, clientMessageId, "Noch einmal"))));
        var retry =
                consumer.statementsOf(() -> batches.send(List.of(send(conversation, clientMessageId, "Noch einmal"))));
        assertTrue(first <= MOST_STATEMENTS && retry <= MOST_STATEMENTS, () -> "send " + first + ", retry " + retry);
        assertEquals(
                5,
                consumer.does(() -> messages.page(new ConversationId(conversation), 0, 10)
                        .messages()
                        .size()));

        var batch = IntStream.range(0, BATCH)
                .mapToObj(i -> send(conversation, id(), "Im Stapel " + i))
                .toList();
        var ofBatch = consumer.statementsOf(() -> assertTrue(
                batches.send(batch).stream().allMatch(outcome -> outcome.sent().isNew())));
        assertTrue(
                ofBatch <= MOST_STATEMENTS_OF_BATCH, () -> BATCH + " sends in one batch: " + ofBatch + " statements");
        assertEquals(
                5 + BATCH,
                consumer.does(() -> messages.page(new ConversationId(conversation), 0, 50)
                        .messages()
                        .size()));
    }

    /**
     * A batch looks up the messages sent earlier under its client message ids pair by pair on their unique key: read
     * by the conversation alone, MariaDB read every message of each conversation of a batch of two or more (thousands of
     * rows a send, so a send grew slower the longer its conversation; docs/benchmarks.md, ADR 24).
     */
    @Test
    void a_batch_into_long_conversations_reads_only_the_rows_it_names() {
        consumer.exist();
        var long1 = longConversation("Lang");
        var long2 = longConversation("Noch länger");

        var read = consumer.rowsReadBy(() -> assertTrue(
                batches
                        .send(List.of(send(long1, id(), "In die erste"), send(long2, id(), "und in die zweite")))
                        .stream()
                        .allMatch(outcome -> outcome.sent().isNew())));

        // only MariaDB counts the rows a statement reads (the MariaDB pass of .ci/run); on H2 the sends are checked
        read.ifPresent(rows -> assertTrue(
                rows < LONG_CONVERSATION / 4,
                () -> "rows read for a send into each of two conversations of " + LONG_CONVERSATION + " messages: "
                        + rows));
    }

    private long longConversation(String subject) {
        var conversation = consumer.does(() -> {
            connections.connect(new ConsumerId(CountingConsumer.ID), ServiceRequests.STADTWERKE);
            return conversations
                    .open(new OpenConversation(ServiceRequests.STADTWERKE, subject, "Eine lange Unterhaltung", id()))
                    .conversation()
                    .id();
        });
        for (var b = 0; b < LONG_CONVERSATION / BATCH; b++) {
            var filler = IntStream.range(0, BATCH)
                    .mapToObj(i -> send(conversation, id(), "Fülltext " + i))
                    .toList();
            consumer.does(() -> batches.send(filler));
        }
        return conversation;
    }

    private static Send send(long conversation, String clientMessageId, String text) {
        return new Send(
                Participant.consumer(new ConsumerId(CountingConsumer.ID)),
                conversation,
                clientMessageId,
                text,
                List.of());
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
