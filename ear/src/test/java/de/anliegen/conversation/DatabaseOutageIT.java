package de.anliegen.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.anliegen.support.HeardStream;
import de.anliegen.support.OnEveryDatabase;
import de.anliegen.support.SecondServer;
import de.anliegen.support.TcpGate;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The database away for 20 seconds while consumers send (issue 18): meanwhile every send answers 503 problem details
 * with Retry-After, quickly; afterwards the server recovers by itself, a send repeated with its client message id is
 * stored once, every acknowledged message exists exactly once, and the agent's socket, open throughout, hears each
 * message once in a gapless stream (the sequencer caught up). The database sits behind a {@link TcpGate} that the test
 * shuts, as a stopped database server refuses and cuts connections; the database server itself is not touched. A
 * database in the server's process (H2) cannot go away: there the test does not apply.
 */
@OnEveryDatabase
class DatabaseOutageIT {

    private static final int SENDERS = 4;
    /** Longer than the pool's background check of its connections (every 10 s): the check meets the outage. */
    private static final Duration OUTAGE = Duration.ofSeconds(12);
    /** Longer than the pool's wait for a connection: a send waiting this long was not answered "quickly". */
    private static final Duration QUICK = Duration.ofSeconds(10);

    @Test
    void while_the_database_is_away_sends_answer_503_and_afterwards_nothing_is_lost_or_doubled() throws Exception {
        var url = System.getenv().getOrDefault("DB_URL", "");
        var address = Pattern.compile("^jdbc:mariadb://([^:/]+):(\\d+)(/.*)$").matcher(url);
        assumeTrue(address.matches(), "the database runs in the server's process");
        try (var gate = new TcpGate(address.group(1), Integer.parseInt(address.group(2)));
                var server = new SecondServer(
                        "outage-node",
                        Map.of("DB_URL", "jdbc:mariadb://127.0.0.1:" + gate.port() + address.group(3)))) {
            server.start();
            var consumer = server.api().stadtwerkeCustomer("Olga", "Ausfall");
            var agent = server.api().stadtwerkeAgent();
            var heard = new HeardStream();
            try (var socket = heard.listen(SecondServer.STREAM, agent)) {
                var conversations = server.api().openConversations(consumer, SENDERS, "Ausfall");
                var acknowledged = ConcurrentHashMap.<String>newKeySet();
                // per client message id, the conversation of a send answered 503: the app repeats it later
                var refused = new ConcurrentHashMap<String, Long>();
                var unexpected = ConcurrentHashMap.<String>newKeySet();
                var slowest = new AtomicLong();
                var dumped = new AtomicBoolean();
                var sending = new AtomicBoolean(true);
                var senders = Executors.newFixedThreadPool(SENDERS);
                for (var conversation : conversations) {
                    senders.submit(() -> {
                        while (sending.get()) {
                            var id = UUID.randomUUID().toString();
                            var began = System.nanoTime();
                            try {
                                var reply = server.api().send(consumer, conversation, id);
                                slowest.accumulateAndGet(System.nanoTime() - began, Math::max);
                                if (reply.status() == 201) {
                                    acknowledged.add(id);
                                } else if (reply.status() == 503
                                        && reply.header("Content-Type")
                                                .orElse("")
                                                .startsWith("application/problem+json")
                                        && reply.header("Retry-After").isPresent()) {
                                    refused.put(id, conversation);
                                    pause(200);
                                } else {
                                    unexpected.add(
                                            reply.status() + " " + reply.header("Content-Type") + " " + reply.body());
                                }
                            } catch (RuntimeException unanswered) {
                                // once, while it lasts: what the server's threads do instead of answering
                                unexpected.add("no answer: " + unanswered
                                        + (dumped.compareAndSet(false, true)
                                                ? "; the server's threads:\n" + server.threadDump()
                                                : ""));
                            }
                        }
                    });
                }
                Thread.sleep(1_500);
                gate.shut();
                Thread.sleep(OUTAGE.toMillis());
                var beforeReopening = acknowledged.size();
                gate.open();
                var reopened = System.nanoTime();
                while (acknowledged.size() == beforeReopening
                        && System.nanoTime() - reopened < Duration.ofSeconds(60).toNanos()) {
                    Thread.sleep(100);
                }
                var recovery = Duration.ofNanos(System.nanoTime() - reopened);
                Thread.sleep(1_000);
                sending.set(false);
                senders.shutdown();
                assertTrue(senders.awaitTermination(60, TimeUnit.SECONDS));

                assertEquals(Set.of(), unexpected, "answers other than 201 and 503 problem details");
                assertTrue(!refused.isEmpty(), "sends refused while the database was away");
                assertTrue(
                        acknowledged.size() > beforeReopening,
                        "no send succeeded within a minute of the database's return");
                assertTrue(
                        slowest.get() < QUICK.toNanos(),
                        "the slowest answer took "
                                + Duration.ofNanos(slowest.get()).toMillis() + " ms");
                System.out.printf(
                        "Database away %d s: %d sends acknowledged, %d answered 503, first success %d ms after"
                                + " its return%n",
                        OUTAGE.toSeconds(), acknowledged.size(), refused.size(), recovery.toMillis());

                // the app repeats each refused send with its client message id: stored now, or found stored
                for (var send : refused.entrySet()) {
                    var status = server.api()
                            .send(consumer, send.getValue(), send.getKey())
                            .status();
                    assertTrue(status == 201 || status == 200, "a repeated send answered " + status);
                    acknowledged.add(send.getKey());
                }
                var stored = server.api().clientMessageIds(consumer, conversations);
                assertEquals(0, stored.size() - new HashSet<>(stored).size(), "messages stored twice");
                var missing = new HashSet<>(acknowledged);
                missing.removeAll(stored);
                assertEquals(Set.of(), missing, "acknowledged but not stored");
                // the socket stayed open: the sequencer caught up and it heard every message once, without a gap
                heard.resumedUntil(socket, stored);
                var inStream = heard.messages();
                for (var clientId : stored) {
                    assertEquals(1, inStream.getOrDefault(clientId, 0), "events of message " + clientId);
                }
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
