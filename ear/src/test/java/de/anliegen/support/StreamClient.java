package de.anliegen.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real WebSocket client on /api/v1/stream: collects the events it hears, in order, and how the socket closed; keeps
 * every frame it heard, also those a test skipped, for the contract test. Like an app it pings every half minute, so
 * that a socket a test holds longer than the server's 90 seconds of silence stays open.
 */
public final class StreamClient implements WebSocket.Listener, AutoCloseable {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().sslContext(Api.trustingSelfSigned()).build();

    private final LinkedBlockingQueue<JsonObject> events = new LinkedBlockingQueue<>();
    private final List<JsonObject> heard = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;
    private volatile ScheduledFuture<?> pings;

    private static final ScheduledExecutorService PINGS = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "stream-client-pings");
        thread.setDaemon(true);
        return thread;
    });

    /** The server Arquillian manages. */
    private static final URI SERVER = URI.create("wss://" + Api.BASE.getAuthority());

    private StreamClient() {}

    /** Opens the stream with the access token in the header; {@code after} is a cursor or null. */
    public static StreamClient open(String accessToken, Long after) {
        return open(SERVER, accessToken, after);
    }

    /** Opens the stream of the server at {@code server} ({@code wss://host:port}). */
    public static StreamClient open(URI server, String accessToken, Long after) {
        return connect(server.resolve("/api/v1/stream" + (after == null ? "" : "?after=" + after)), accessToken);
    }

    /** Opens the stream with this query ({@code ?after=…}), whatever it is. */
    public static StreamClient openWithQuery(String query, String accessToken) {
        return connect(SERVER.resolve("/api/v1/stream" + query), accessToken);
    }

    private static StreamClient connect(URI uri, String accessToken) {
        var client = new StreamClient();
        try {
            client.socket = CLIENT.newWebSocketBuilder()
                    .header("Authorization", "Bearer " + accessToken)
                    .connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(uri, client)
                    .get(15, TimeUnit.SECONDS);
            client.pings = PINGS.scheduleAtFixedRate(client::ping, 30, 30, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The stream did not open: " + e, e);
        }
        return client;
    }

    /** Opens the stream and waits for its {@code ready} event, after which every new event reaches it. */
    public static StreamClient ready(String accessToken, Long after) {
        return ready(SERVER, accessToken, after);
    }

    /** The same on the server at {@code server} ({@code wss://host:port}). */
    public static StreamClient ready(URI server, String accessToken, Long after) {
        var client = open(server, accessToken, after);
        client.next("ready");
        return client;
    }

    /** The failure of a handshake to {@code uri}, such as a 401 without a valid token. */
    public static Throwable handshakeFailure(String query, String accessToken) {
        return handshakeFailure("/api/v1/stream" + query, accessToken, null);
    }

    /** The failure of a handshake to this path, made as a page of {@code origin} would (null: as a native app); null if it opened. */
    public static Throwable handshakeFailure(String path, String accessToken, String origin) {
        return handshakeFailureWith(
                path, origin, accessToken == null ? Map.of() : Map.of("Authorization", "Bearer " + accessToken));
    }

    /** The failure of a handshake with these headers, as a page of {@code origin} makes it; null if it opened. */
    public static Throwable handshakeFailureWith(String path, String origin, Map<String, String> headers) {
        var builder = CLIENT.newWebSocketBuilder();
        headers.forEach(builder::header);
        if (origin != null) {
            builder.header("Origin", origin);
        }
        try {
            builder.buildAsync(SERVER.resolve(path), new StreamClient())
                    .get(15, TimeUnit.SECONDS)
                    .abort();
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Opens the stream as a browser does, the token offered as the subprotocol {@code bearer.<token>} beside
     * {@code anliegen}; answers the subprotocol the server chose, or the failure.
     */
    public static String openAsBrowser(String accessToken) {
        try {
            var socket = CLIENT.newWebSocketBuilder()
                    .subprotocols("anliegen", "bearer." + accessToken)
                    .header("Origin", Api.BASE.toString())
                    .buildAsync(SERVER.resolve("/api/v1/stream"), new StreamClient())
                    .get(15, TimeUnit.SECONDS);
            socket.abort();
            return socket.getSubprotocol();
        } catch (ExecutionException e) {
            return "failed: " + e.getCause();
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The next event of one of these types, skipping others; fails after 10 seconds. */
    public JsonObject next(String... types) {
        var wanted = java.util.Set.of(types);
        return next(event -> wanted.contains(event.getString("type")), wanted.toString());
    }

    /** The next event of this type that meets the condition, skipping others; fails after 10 seconds. */
    public JsonObject next(String type, java.util.function.Predicate<JsonObject> condition) {
        return next(event -> event.getString("type").equals(type) && condition.test(event), type);
    }

    private JsonObject next(java.util.function.Predicate<JsonObject> wanted, String what) {
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try {
                var event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (event != null && wanted.test(event)) {
                    return event;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no " + what + " event within 10 s");
    }

    /** The next event of any type, or null if none comes within the time. */
    public JsonObject poll(Duration within) {
        try {
            return events.poll(within.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every frame heard so far, in order, whether a test took it or skipped it. */
    public List<JsonObject> heard() {
        return List.copyOf(heard);
    }

    public void sendText(String text) {
        socket.sendText(text, true).join();
    }

    /** A ping as apps send one; skipped while the test's own frame is still being sent. */
    private void ping() {
        try {
            if (!socket.isOutputClosed()) {
                socket.sendText("{\"type\":\"ping\"}", true);
            }
        } catch (IllegalStateException sending) {
            // the test is sending a frame right now: that one counts as activity too
        }
    }

    /** The close code the server sent, waiting up to 10 seconds. */
    public int closeCode() {
        try {
            return closed.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError("the server did not close the socket: " + e);
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try (var reader = Json.createReader(new StringReader(partial.toString()))) {
                var event = reader.readObject();
                heard.add(event);
                events.add(event);
            }
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        if (pings != null) {
            pings.cancel(false);
        }
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(-1);
    }

    @Override
    public void close() {
        if (pings != null) {
            pings.cancel(false);
        }
        if (socket != null && !socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye")
                    .orTimeout(5, TimeUnit.SECONDS)
                    .exceptionally(e -> null);
        }
    }
}
