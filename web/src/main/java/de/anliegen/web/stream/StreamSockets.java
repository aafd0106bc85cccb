package de.anliegen.web.stream;

import de.anliegen.conversation.boundary.ConversationId;
import de.anliegen.conversation.boundary.StreamMessage;
import de.anliegen.conversation.boundary.StreamSubscriptions;
import de.anliegen.conversation.boundary.StreamSubscriptions.SocketCaller;
import de.anliegen.identity.boundary.StaffSignInsEnded;
import de.anliegen.platform.json.Jsonp;
import de.anliegen.platform.settings.Node;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.websocket.CloseReason.CloseCodes;
import jakarta.websocket.Session;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The sockets open on this node, by stream. Events come from this node's {@code StreamTail}, every stream's in their
 * order, and go to the sockets of their stream: each socket remembers the last number it was sent and skips what it
 * had. A socket that opens (or, should it ever happen, sees a gap) first reads what it missed from the database,
 * outside its monitor, while new events are held for it; then they follow in order. Every minute the node marks
 * itself alive and checks all its sockets' callers in one go: a socket whose token expired or was signed out is
 * closed. A client renews its socket's token by sending {@code {"type":"token","accessToken":"…"}}.
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
    /** Events held for a socket while it reads what it missed, at most: beyond, it is asked to reconnect. */
    static final int MOST_HELD = 5_000;

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
     * what it missed, then lives on; without it starts with the next event. An app that missed too much, or whose
     * cursor the stream does not know, is told to reload.
     */
    void open(Session session, String principal, boolean consumer, String accessToken, String after) {
        var streamKey = subscriptions.streamOf(principal, consumer);
        if (streamKey.isEmpty() || accessToken == null) {
            Sockets.close(session, CloseCodes.VIOLATED_POLICY, "not allowed");
            return;
        }
        var position = subscriptions.position(streamKey.get());
        long asked;
        try {
            asked = after == null ? position : Math.max(0, Long.parseLong(after));
        } catch (NumberFormatException e) {
            Sockets.close(session, CloseCodes.CANNOT_ACCEPT, "after is the cursor of an event, a number");
            return;
        }
        var from = Math.min(asked, position);
        // a cursor beyond the latest event names events the stream no longer has (a database restored from a backup):
        // what the app holds cannot be trusted, so it reloads, as one that missed too much
        var reload = asked > position
                || position - from > MOST_REPLAYED
                || (from < position && from + 1 < subscriptions.oldestKept(streamKey.get()));
        var socket = new OpenSocket(
                session,
                principal,
                consumer,
                accessToken,
                streamKey.get(),
                subscriptions.opened(streamKey.get(), Node.name()));
        synchronized (socket) {
            socket.lastSent = reload ? position : from;
            socket.catchingUp = true;
            bySession.put(session.getId(), socket);
            byStream.compute(socket.streamKey, (key, sockets) -> {
                var set = sockets == null ? ConcurrentHashMap.<OpenSocket>newKeySet() : sockets;
                set.add(socket);
                return set;
            });
            if (reload) {
                send(socket, "{\"type\":\"reload\",\"cursor\":" + position + "}");
            }
        }
        catchUp(socket, true);
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
            subscriptions.closed(socket.id);
        } catch (RuntimeException e) {
            LOG.warning("Could not record that socket " + socket.id.value() + " closed: "
                    + e.getClass().getName());
        }
    }

    /**
     * A frame from the client: {@code {"type":"typing","conversationId":N}}, {@code {"type":"ping"}} or
     * {@code {"type":"token","accessToken":"…"}} (a fresh token of the same caller, answered {@code {"type":"token"}},
     * so that the socket outlives the token it was opened with). Anything else, a token of anyone else or none, or
     * more than 20 frames in 10 seconds, closes the socket with 1008.
     */
    void received(Session session, String text) {
        var socket = bySession.get(session.getId());
        if (socket == null) {
            return;
        }
        synchronized (socket) {
            if (!socket.allowFrame(System.nanoTime() / 1_000_000, MOST_FRAMES, FRAME_WINDOW_MILLIS)) {
                Sockets.close(session, CloseCodes.VIOLATED_POLICY, "too many frames");
                return;
            }
        }
        JsonObject frame;
        try (var reader = Jsonp.PROVIDER.createReader(new StringReader(text))) {
            frame = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            Sockets.close(session, CloseCodes.VIOLATED_POLICY, "not a JSON object");
            return;
        }
        var type = frame.get("type") instanceof JsonString s ? s.getString() : "";
        if (type.equals("ping")) {
            synchronized (socket) {
                send(socket, "{\"type\":\"pong\"}");
            }
        } else if (type.equals("typing") && frame.get("conversationId") instanceof JsonNumber id) {
            subscriptions.typing(socket.principal, socket.consumer, new ConversationId(id.longValue()));
        } else if (type.equals("token") && frame.get("accessToken") instanceof JsonString token) {
            renew(socket, token.getString().strip());
        } else {
            Sockets.close(session, CloseCodes.VIOLATED_POLICY, "unknown frame");
        }
    }

    private void renew(OpenSocket socket, String accessToken) {
        if (!subscriptions.stillSignedIn(accessToken, socket.principal, socket.consumer)) {
            Sockets.close(socket.session, CloseCodes.VIOLATED_POLICY, "sign in again");
            return;
        }
        socket.accessToken = accessToken;
        synchronized (socket) {
            send(socket, "{\"type\":\"token\"}");
        }
    }

    /** An event of this node's tail (or typing from the topic), for the sockets of its stream on this node. */
    void deliver(@Observes StreamMessage message) {
        var sockets = byStream.get(message.streamKey());
        if (sockets == null) {
            return;
        }
        for (var socket : sockets) {
            try {
                if (deliver(socket, message)) {
                    scheduler.execute(() -> catchUp(socket, false));
                }
            } catch (RuntimeException e) {
                LOG.warning("Closed socket " + socket.id.value() + ", an event could not be sent: "
                        + e.getClass().getName());
                Sockets.close(socket.session, CloseCodes.UNEXPECTED_CONDITION, "please reconnect");
            }
        }
    }

    /**
     * Sends the event in its order, or holds it while the socket reads what it missed. True when it found a gap
     * (which the tail, handing over every event in order, never leaves): then the socket reads the database.
     */
    private boolean deliver(OpenSocket socket, StreamMessage message) {
        synchronized (socket) {
            if (message.seq() == 0) {
                send(socket, message.json());
                return false;
            }
            if (message.seq() <= socket.lastSent) {
                return false;
            }
            if (!socket.catchingUp && message.seq() == socket.lastSent + 1) {
                send(socket, message.json());
                socket.lastSent = message.seq();
                return false;
            }
            if (socket.held.size() >= MOST_HELD) {
                Sockets.close(socket.session, CloseCodes.TRY_AGAIN_LATER, "please reconnect");
                return false;
            }
            socket.held.put(message.seq(), message.json());
            if (socket.catchingUp) {
                return false;
            }
            socket.catchingUp = true;
            return true;
        }
    }

    /**
     * Sends what the database has after the socket's last event, a page at a time, each read outside the socket's
     * monitor; then the events held meanwhile, in their order (any number still missing no longer exists), and,
     * for a socket that just opened, {@code ready}.
     */
    private void catchUp(OpenSocket socket, boolean opened) {
        try {
            while (socket.session.isOpen()) {
                long after;
                synchronized (socket) {
                    after = socket.lastSent;
                }
                var page = subscriptions.after(socket.streamKey, after);
                synchronized (socket) {
                    for (var event : page) {
                        if (event.seq() > socket.lastSent) {
                            send(socket, event.json());
                            socket.lastSent = event.seq();
                        }
                    }
                    if (page.size() == StreamSubscriptions.REPLAY_PAGE) {
                        continue;
                    }
                    for (var held : socket.held.entrySet()) {
                        if (held.getKey() > socket.lastSent) {
                            send(socket, held.getValue());
                            socket.lastSent = held.getKey();
                        }
                    }
                    socket.held.clear();
                    socket.catchingUp = false;
                    if (opened) {
                        send(socket, "{\"type\":\"ready\",\"cursor\":" + socket.lastSent + "}");
                    }
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.warning("Closed socket " + socket.id.value() + ", what it missed could not be read: "
                    + e.getClass().getName());
            Sockets.close(socket.session, CloseCodes.UNEXPECTED_CONDITION, "please reconnect");
        }
    }

    /** Staff were signed out before their time: their sockets close now, not at the next sweep. */
    void signInsEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) StaffSignInsEnded ended) {
        scheduler.execute(this::check);
    }

    /**
     * Marks this node alive, closes the sockets whose clients have gone silent (dead phones on a busy stream, which the
     * container's idle timeout never sees as idle) and those whose callers are no longer signed in: one check for all.
     */
    private void check() {
        try {
            subscriptions.alive(Node.name());
            var now = System.nanoTime() / 1_000_000;
            var sockets = new ArrayList<OpenSocket>();
            for (var socket : bySession.values()) {
                if (socket.silentLongerThan(now, StreamEndpoint.MOST_IDLE_MILLIS)) {
                    Sockets.close(socket.session, CloseCodes.GOING_AWAY, "no frame from the client for too long");
                } else {
                    sockets.add(socket);
                }
            }
            var callers = sockets.stream()
                    .map(socket -> new SocketCaller(socket.accessToken, socket.principal, socket.consumer))
                    .toList();
            var signedIn = subscriptions.stillSignedIn(callers);
            for (var i = 0; i < sockets.size(); i++) {
                if (!signedIn.contains(callers.get(i))) {
                    Sockets.close(sockets.get(i).session, CloseCodes.VIOLATED_POLICY, "sign in again");
                }
            }
        } catch (RuntimeException e) {
            LOG.warning("Checking the open sockets failed, trying again later: "
                    + e.getClass().getName());
        }
    }

    private static void send(OpenSocket socket, String json) {
        if (!socket.session.isOpen()) {
            return;
        }
        if (socket.pending.incrementAndGet() > MOST_PENDING) {
            LOG.info("Closed socket " + socket.id.value() + ": its client reads too slowly (" + MOST_PENDING
                    + " sends waiting)");
            Sockets.close(socket.session, CloseCodes.VIOLATED_POLICY, "too slow to read");
            return;
        }
        socket.session.getAsyncRemote().sendText(json, result -> socket.pending.decrementAndGet());
    }
}
