package de.anliegen.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.anliegen.support.HeardStream;
import de.anliegen.support.OnEveryDatabase;
import de.anliegen.support.SecondServer;
import de.anliegen.support.StreamClient;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * {@code kill -9} of a server while consumers send (issue 18): after the restart every acknowledged message exists
 * exactly once, the company's stream is gapless with each message in it once, the sequencer has numbered everything
 * the outbox held, and a socket that resumes from its cursor gets what it missed, nothing twice. On the production
 * database only (the MariaDB pass of .ci/run): on H2, the dev database in the server's own files, it would prove H2's
 * durability at the price of two more server starts (ADR 7).
 */
@OnEveryDatabase
class CrashIT {

    private static final int SENDERS = 4;

    @Test
    void after_a_kill_during_sends_nothing_acknowledged_is_lost_or_doubled_and_streams_resume() throws Exception {
        assumeTrue(
                System.getenv().getOrDefault("DB_URL", "").startsWith("jdbc:mariadb:"),
                "the dev database (H2): the crash test runs on the production database");
        try (var server = new SecondServer("crash-node")) {
            server.start();
            var consumer = server.api().stadtwerkeCustomer("Karl", "Absturz");
            var agent = server.api().stadtwerkeAgent();
            var heard = new HeardStream();
            // from now on (on MariaDB the company's stream holds the other tests' events too)
            try (var socket = heard.listen(SecondServer.STREAM, agent)) {
                var conversations = server.api().openConversations(consumer, SENDERS, "Absturz");
                // acknowledged sends, by client message id, while the server is killed under them
                var acknowledged = ConcurrentHashMap.<String>newKeySet();
                var sending = new AtomicBoolean(true);
                var senders = Executors.newFixedThreadPool(SENDERS);
                for (var conversation : conversations) {
                    senders.submit(() -> {
                        while (sending.get()) {
                            var id = UUID.randomUUID().toString();
                            try {
                                var reply = server.api().send(consumer, conversation, id);
                                if (reply.status() == 201 || reply.status() == 200) {
                                    acknowledged.add(id);
                                }
                            } catch (RuntimeException down) {
                                return;
                            }
                        }
                    });
                }
                Thread.sleep(3_000);
                // the events the socket heard before the kill
                heard.liveUntilQuiet(socket, Duration.ofMillis(200));
                server.kill();
                sending.set(false);
                senders.shutdown();
                assertTrue(senders.awaitTermination(60, TimeUnit.SECONDS));
                heard.liveUntilQuiet(socket, Duration.ofMillis(200));

                server.start();

                assertTrue(acknowledged.size() > 10, "messages acknowledged before the kill: " + acknowledged.size());
                var stored = server.api().clientMessageIds(consumer, conversations);
                var doubled = stored.size() - new HashSet<>(stored).size();
                assertEquals(0, doubled, "messages stored twice");
                var missing = new HashSet<>(acknowledged);
                missing.removeAll(stored);
                assertEquals(
                        Set.of(), missing, "acknowledged but not stored, of " + acknowledged.size() + " acknowledged");
                // the agent's client resumes after the last event it heard: the rest, in order, nothing twice
                try (var resumed = StreamClient.open(SecondServer.STREAM, agent, heard.cursor())) {
                    heard.resumedUntil(resumed, stored);
                }
                var inStream = heard.messages();
                for (var clientId : stored) {
                    assertEquals(1, inStream.getOrDefault(clientId, 0), "events of message " + clientId);
                }
            }
        }
    }
}
