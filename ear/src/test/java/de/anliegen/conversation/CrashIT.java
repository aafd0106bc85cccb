package de.anliegen.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.support.OnEveryDatabase;
import de.anliegen.support.SecondServer;
import de.anliegen.support.ServiceRequests;
import de.anliegen.support.StreamClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 * the outbox held, and a socket that resumes from its cursor gets what it missed, nothing twice.
 */
@OnEveryDatabase
class CrashIT {

    private static final int SENDERS = 4;

    @Test
    void after_a_kill_during_sends_nothing_acknowledged_is_lost_or_doubled_and_streams_resume() throws Exception {
        try (var server = new SecondServer("crash-node")) {
            server.start();
            var consumer = server.signUp("Karl", "Absturz");
            server.post("/api/v1/me/companies/" + ServiceRequests.STADTWERKE, "", consumer);
            var agent = server.stadtwerkeAgent();
            var heard = new HashMap<Long, String>();
            long cursor;
            // from now on (on MariaDB the company's stream holds the other tests' events too)
            try (var socket = StreamClient.open(SecondServer.STREAM, agent, null)) {
                cursor = hearUntilReady(socket, heard);
                var conversations = new ArrayList<Long>();
                for (var i = 0; i < SENDERS; i++) {
                    conversations.add(server.post(
                                    "/api/v1/conversations",
                                    Json.createObjectBuilder()
                                            .add("company", ServiceRequests.STADTWERKE)
                                            .add("subject", "Absturz " + i)
                                            .add("text", "Vor dem Absturz")
                                            .add("requestId", UUID.randomUUID().toString())
                                            .build()
                                            .toString(),
                                    consumer)
                            .json()
                            .getJsonNumber("id")
                            .longValue());
                }
                // acknowledged sends, by client message id, while the server is killed under them
                var acknowledged = ConcurrentHashMap.<String>newKeySet();
                var sending = new AtomicBoolean(true);
                var senders = Executors.newFixedThreadPool(SENDERS);
                for (var conversation : conversations) {
                    senders.submit(() -> {
                        while (sending.get()) {
                            var id = UUID.randomUUID().toString();
                            try {
                                var reply = server.post(
                                        "/api/v1/conversations/" + conversation + "/messages",
                                        Json.createObjectBuilder()
                                                .add("clientMessageId", id)
                                                .add("text", "Nachricht " + id)
                                                .build()
                                                .toString(),
                                        consumer);
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
                cursor = hearFor(socket, heard, cursor, Duration.ofMillis(200));
                server.kill();
                sending.set(false);
                senders.shutdown();
                assertTrue(senders.awaitTermination(60, TimeUnit.SECONDS));
                cursor = hearFor(socket, heard, cursor, Duration.ofMillis(200));

                server.start();

                assertTrue(acknowledged.size() > 10, "messages acknowledged before the kill: " + acknowledged.size());
                var stored = storedClientIds(server, consumer, conversations);
                var doubled = stored.size() - new HashSet<>(stored).size();
                assertEquals(0, doubled, "messages stored twice");
                var missing = new HashSet<>(acknowledged);
                missing.removeAll(stored);
                assertEquals(
                        Set.of(), missing, "acknowledged but not stored, of " + acknowledged.size() + " acknowledged");
                // the agent's client resumes after the last event it heard: the rest, in order, nothing twice
                try (var resumed = StreamClient.open(SecondServer.STREAM, agent, cursor)) {
                    hearUntilReadyWith(resumed, heard, cursor, stored);
                }
                var inStream = new HashMap<String, Integer>();
                heard.values().stream()
                        .filter(json -> json != null)
                        .forEach(clientId -> inStream.merge(clientId, 1, Integer::sum));
                for (var clientId : stored) {
                    assertEquals(1, inStream.getOrDefault(clientId, 0), "events of message " + clientId);
                }
            }
        }
    }

    /** Events up to {@code ready}; answers the last cursor. */
    private static long hearUntilReady(StreamClient socket, Map<Long, String> heard) {
        var cursor = 0L;
        while (true) {
            var event = socket.next("message", "status", "read", "delivered", "ready", "reload");
            if (event.getString("type").equals("ready")) {
                return event.getJsonNumber("cursor").longValue();
            }
            cursor = record(event, heard, cursor);
        }
    }

    /** After a reconnect: every event after the cursor, gapless and each number once, until these messages are there. */
    private static void hearUntilReadyWith(
            StreamClient socket, Map<Long, String> heard, long cursor, List<String> messages) {
        var expected = cursor;
        var deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!heard.values().containsAll(messages) && System.nanoTime() < deadline) {
            var event = socket.poll(Duration.ofSeconds(2));
            if (event == null
                    || !event.containsKey("cursor")
                    || event.getString("type").equals("ready")) {
                continue;
            }
            var seq = event.getJsonNumber("cursor").longValue();
            assertEquals(expected + 1, seq, "the stream goes on without a gap or a repeat: " + event);
            expected = seq;
            record(event, heard, cursor);
        }
    }

    private static long hearFor(StreamClient socket, Map<Long, String> heard, long cursor, Duration quiet) {
        var last = cursor;
        JsonObject event;
        while ((event = socket.poll(quiet)) != null) {
            if (event.containsKey("cursor") && !event.getString("type").equals("ready")) {
                var seq = event.getJsonNumber("cursor").longValue();
                assertEquals(last + 1, seq, "the live stream has no gap: " + event);
                last = record(event, heard, last);
            }
        }
        return last;
    }

    private static long record(JsonObject event, Map<Long, String> heard, long cursor) {
        var seq = event.getJsonNumber("cursor").longValue();
        assertTrue(heard.put(seq, clientIdOf(event)) == null || seq <= cursor, "event " + seq + " heard twice");
        return Math.max(seq, cursor);
    }

    private static String clientIdOf(JsonObject event) {
        return event.getString("type").equals("message")
                ? event.getJsonObject("message").getString("clientMessageId")
                : null;
    }

    private static List<String> storedClientIds(SecondServer server, String consumer, List<Long> conversations) {
        var ids = new ArrayList<String>();
        for (var conversation : conversations) {
            var after = 0L;
            while (true) {
                var page = server.get(
                                "/api/v1/conversations/" + conversation + "/messages?after=" + after + "&limit=200",
                                consumer)
                        .json();
                for (var message : page.getJsonArray("messages").getValuesAs(JsonObject.class)) {
                    ids.add(message.getString("clientMessageId"));
                }
                after = page.getJsonNumber("next").longValue();
                if (!page.getBoolean("more")) {
                    break;
                }
            }
        }
        return ids;
    }
}
