package de.anliegen.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * What a client heard on one stream across its sockets, by cursor: each number at most once, each socket's events
 * without a gap, and the client message id of every message event. The failure tests (a killed server, a database
 * away) prove with it that a stream resumes from its cursor with nothing missing and nothing twice.
 */
public final class HeardStream {

    private final Map<Long, String> heard = new HashMap<>();
    private long cursor;

    /** The last cursor heard. */
    public long cursor() {
        return cursor;
    }

    /** A new socket of the caller on the server's stream ({@code wss://host:port}), heard up to {@code ready}. */
    public StreamClient listen(URI server, String accessToken) {
        var socket = StreamClient.open(server, accessToken, null);
        untilReady(socket);
        return socket;
    }

    /** A new socket's events up to {@code ready}, from where it starts; its cursor from then on. */
    public void untilReady(StreamClient socket) {
        while (true) {
            var event = socket.next("message", "status", "read", "delivered", "ready", "reload");
            if (event.getString("type").equals("ready")) {
                cursor = event.getJsonNumber("cursor").longValue();
                return;
            }
            record(event);
        }
    }

    /** Live events until none came for {@code quiet}, each right after the one before. */
    public void liveUntilQuiet(StreamClient socket, Duration quiet) {
        JsonObject event;
        while ((event = socket.poll(quiet)) != null) {
            if (numbered(event)) {
                assertEquals(cursor + 1, seq(event), "the live stream has no gap: " + event);
                record(event);
            }
        }
    }

    /**
     * After a reconnect from {@link #cursor()}: every event after it, gapless and each number once, until the events
     * of all these messages were heard (at most a minute).
     */
    public void resumedUntil(StreamClient socket, Collection<String> clientMessageIds) {
        var deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!heard.values().containsAll(clientMessageIds) && System.nanoTime() < deadline) {
            var event = socket.poll(Duration.ofSeconds(2));
            if (event == null || !numbered(event)) {
                continue;
            }
            assertEquals(cursor + 1, seq(event), "the stream goes on without a gap or a repeat: " + event);
            record(event);
        }
    }

    /** How often the event of each message was heard, by client message id. */
    public Map<String, Integer> messages() {
        var counts = new HashMap<String, Integer>();
        heard.values().stream().filter(id -> id != null).forEach(id -> counts.merge(id, 1, Integer::sum));
        return counts;
    }

    private void record(JsonObject event) {
        var seq = seq(event);
        assertTrue(heard.put(seq, clientIdOf(event)) == null, "event " + seq + " heard twice");
        cursor = Math.max(seq, cursor);
    }

    private static boolean numbered(JsonObject event) {
        return event.containsKey("cursor") && !event.getString("type").equals("ready");
    }

    private static long seq(JsonObject event) {
        return event.getJsonNumber("cursor").longValue();
    }

    private static String clientIdOf(JsonObject event) {
        return event.getString("type").equals("message")
                ? event.getJsonObject("message").getString("clientMessageId")
                : null;
    }
}
