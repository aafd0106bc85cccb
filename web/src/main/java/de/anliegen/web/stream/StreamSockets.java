package de.anliegen.web.stream;

import de.anliegen.conversation.boundary.StreamMessage;
import de.anliegen.conversation.boundary.StreamSubscriptions;
import de.anliegen.conversation.control.Node;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.websocket.CloseReason;
import jakarta.websocket.CloseReason.CloseCodes;
import jakarta.websocket.Session;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The sockets open on this node, by stream. Events come from the topic (every node gets every event) and go to the
 * sockets of their stream in order: each socket remembers the last number it was sent, skips what it had, holds what
 * came too early, and fills a gap that stays from the database, so that an event that overtook another on the topic
 * never hides it. Every minute the
 * sockets are marked seen and their callers checked: a socket whose token expired or was signed out is closed.
 */
@ApplicationScoped
public class StreamSockets {

    static final int MOST_FRAMES = 20;
    static final long FRAME_WINDOW_MILLIS = 10_000;
    /**
     * Events a reconnecting socket is sent at most; an app away for longer, or whose cursor is older than the oldest
     * event kept (ANLIEGEN_STREAM_KEEP_DAYS), is told to reload instead.
     */
    static final int MOST_REPLAYED = 1_000;
    /** Sends not yet written to a socket, at most: a client that does not read is closed, not buffered for. */
    static final int MOST_PENDING = 1_000;
    /** How long an event waits for the one before it, and how many may wait, before the database fills the gap. */
    static final long GAP_WAIT_MILLIS = 500;

    static final int MOST_HELD = 500;

    private static final Logger LOG = Logger.getLogger(StreamSockets.class.getName());

    private final Map<String, Set<OpenSocket>> byStream = new ConcurrentHashMap<>();
    private final Map<String, OpenSocket> bySession = new ConcurrentHashMap<>();
    private ScheduledFuture<?> checks;

    @Inject
    StreamSubscriptions subscriptions;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @PostConstruct
    void startChecks() {
        var every = subscriptions.checkInterval().toMillis();
        checks = scheduler.scheduleWithFixedDelay(this::check, every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stopChecks() {
        checks.cancel(false);
    }

    /**
     * A signed-in caller opened a socket. With {@code after} (the cursor of the last event the app saw) it is sent
     * what it missed, then lives on; without it starts with the next event.
     */
    void open(Session session, String principal, boolean consumer, String accessToken, String after) {
        var streamKey = subscriptions.streamOf(principal, consumer);
        if (streamKey.isEmpty() || accessToken == null) {
            close(session, CloseCodes.VIOLATED_POLICY, "not allowed");
            return;
        }
        var position = subscriptions.position(streamKey.get());
        long from;
        try {
            from = after == null ? position : Math.min(Math.max(0, Long.parseLong(after)), position);
        } catch (NumberFormatException e) {
            close(session, CloseCodes.CANNOT_ACCEPT, "after is the cursor of an event, a number");
            return;
        }
        var socket = new OpenSocket(
                session,
                principal,
                consumer,
                accessToken,
                streamKey.get(),
                subscriptions.opened(streamKey.get(), Node.name()));
        synchronized (socket) {
            socket.lastSent = from;
            bySession.put(session.getId(), socket);
            byStream.compute(socket.streamKey, (key, sockets) -> {
                var set = sockets == null ? ConcurrentHashMap.<OpenSocket>newKeySet() : sockets;
                set.add(socket);
                return set;
            });
            if (position - from > MOST_REPLAYED
                    || (from < position && from + 1 < subscriptions.oldestKept(socket.streamKey))) {
                socket.lastSent = position;
                send(socket, "{\"type\":\"reload\",\"cursor\":" + position + "}");
            } else {
                catchUp(socket, position);
            }
            send(socket, "{\"type\":\"ready\",\"cursor\":" + socket.lastSent + "}");
        }
        if (!session.isOpen()) {
            closed(session);
        }
    }

    void closed(Session session) {
        var socket = bySession.remove(session.getId());
        if (socket == null) {
            return;
        }
        byStream.computeIfPresent(socket.streamKey, (key, sockets) -> {
            sockets.remove(socket);
            return sockets.isEmpty() ? null : sockets;
        });
        try {
            subscriptions.closed(socket.rowId);
        } catch (RuntimeException e) {
            LOG.warning("Could not record that socket " + socket.rowId + " closed: "
                    + e.getClass().getName());
        }
    }

    /**
     * A frame from the client: {@code {"type":"typing","conversationId":N}} or {@code {"type":"ping"}}. Anything
     * else, or more than 20 frames in 10 seconds, closes the socket with 1008.
     */
    void received(Session session, String text) {
        var socket = bySession.get(session.getId());
        if (socket == null) {
            return;
        }
        synchronized (socket) {
            if (!socket.allowFrame(System.currentTimeMillis(), MOST_FRAMES, FRAME_WINDOW_MILLIS)) {
                close(session, CloseCodes.VIOLATED_POLICY, "too many frames");
                return;
            }
        }
        JsonObject frame;
        try (var reader = Json.createReader(new StringReader(text))) {
            frame = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            close(session, CloseCodes.VIOLATED_POLICY, "not a JSON object");
            return;
        }
        var type = frame.get("type") instanceof JsonString s ? s.getString() : "";
        if (type.equals("ping")) {
            synchronized (socket) {
                send(socket, "{\"type\":\"pong\"}");
            }
        } else if (type.equals("typing") && frame.get("conversationId") instanceof JsonNumber id) {
            subscriptions.typing(socket.principal, socket.consumer, id.longValue());
        } else {
            close(session, CloseCodes.VIOLATED_POLICY, "unknown frame");
        }
    }

    /** An event from the topic, for the sockets of its stream on this node. */
    void deliver(@Observes StreamMessage message) {
        var sockets = byStream.get(message.streamKey());
        if (sockets == null) {
            return;
        }
        for (var socket : sockets) {
            try {
                synchronized (socket) {
                    deliver(socket, message);
                }
            } catch (RuntimeException e) {
                LOG.warning("Closed socket " + socket.rowId + ", an event could not be sent: "
                        + e.getClass().getName());
                close(socket.session, CloseCodes.UNEXPECTED_CONDITION, "please reconnect");
            }
        }
    }

    /**
     * Sends the event in its order. One that overtook another (transactions commit in order, but their events reach
     * the topic in any order) is held until the one before it comes; if that has not come within half a second, it
     * is read from the database.
     */
    private void deliver(OpenSocket socket, StreamMessage message) {
        if (message.seq() == 0) {
            send(socket, message.json());
            return;
        }
        if (message.seq() <= socket.lastSent) {
            return;
        }
        socket.held.put(message.seq(), message.json());
        sendHeldInOrder(socket);
        if (socket.held.size() > MOST_HELD) {
            fillGap(socket);
        } else if (!socket.held.isEmpty() && !socket.gapCheckScheduled) {
            socket.gapCheckScheduled = true;
            scheduler.schedule(() -> fillGapLater(socket), GAP_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void fillGapLater(OpenSocket socket) {
        try {
            synchronized (socket) {
                socket.gapCheckScheduled = false;
                fillGap(socket);
            }
        } catch (RuntimeException e) {
            LOG.warning("Closed socket " + socket.rowId + ", a gap could not be filled: "
                    + e.getClass().getName());
            close(socket.session, CloseCodes.UNEXPECTED_CONDITION, "please reconnect");
        }
    }

    private void fillGap(OpenSocket socket) {
        if (socket.held.isEmpty() || !socket.session.isOpen()) {
            socket.held.clear();
            return;
        }
        catchUp(socket, socket.held.lastKey());
        socket.held.headMap(socket.lastSent, true).clear();
        sendHeldInOrder(socket);
    }

    private void sendHeldInOrder(OpenSocket socket) {
        while (!socket.held.isEmpty() && socket.held.firstKey() == socket.lastSent + 1) {
            send(socket, socket.held.pollFirstEntry().getValue());
            socket.lastSent++;
        }
    }

    /** Marks this node's sockets seen, and closes those whose callers are no longer signed in. */
    private void check() {
        try {
            subscriptions.seen(
                    bySession.values().stream().map(socket -> socket.rowId).toList());
            for (var socket : bySession.values()) {
                if (!subscriptions.stillSignedIn(socket.accessToken, socket.principal, socket.consumer)) {
                    close(socket.session, CloseCodes.VIOLATED_POLICY, "sign in again");
                }
            }
        } catch (RuntimeException e) {
            LOG.warning("Checking the open sockets failed, trying again later: "
                    + e.getClass().getName());
        }
    }

    /** Sends what the database has after the socket's last event, up to {@code until}. */
    private void catchUp(OpenSocket socket, long until) {
        while (socket.lastSent < until) {
            var page = subscriptions.after(socket.streamKey, socket.lastSent);
            for (var event : page) {
                if (event.seq() > until) {
                    return;
                }
                send(socket, event.json());
                socket.lastSent = event.seq();
            }
            if (page.size() < StreamSubscriptions.REPLAY_PAGE) {
                return;
            }
        }
    }

    private static void send(OpenSocket socket, String json) {
        if (!socket.session.isOpen()) {
            return;
        }
        if (socket.pending.incrementAndGet() > MOST_PENDING) {
            LOG.info("Closed socket " + socket.rowId + ": its client reads too slowly (" + MOST_PENDING
                    + " sends waiting)");
            close(socket.session, CloseCodes.VIOLATED_POLICY, "too slow to read");
            return;
        }
        socket.session.getAsyncRemote().sendText(json, result -> socket.pending.decrementAndGet());
    }

    private static void close(Session session, CloseReason.CloseCode code, String reason) {
        try {
            session.close(new CloseReason(code, reason));
        } catch (IOException | IllegalStateException e) {
            LOG.fine(() -> "Closing socket " + session.getId() + ": " + e.getMessage());
        }
    }
}
