package de.anliegen.bench;

import de.anliegen.support.Api;
import de.anliegen.support.Consumers;
import de.anliegen.support.ServiceRequests;
import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.WebSocket;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load driver of docs/benchmarks.md, run against the started product (README, "Benchmark"): messages sent per
 * second through the API (stored, numbered, published) and the time from POST to the event on the company's socket,
 * at 1, 16 and 128 concurrent senders; beside them, the same load on a trivial JAX-RS endpoint and, given
 * {@code -Dbench.jdbc=<url>}, plain JDBC inserts into the same database.
 */
public final class MessageBenchmark {

    private static final int[] SENDERS = java.util.Arrays.stream(
                    System.getProperty("bench.senders", "1,16,128").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    private static final int CONSUMERS = 16;
    private static final Duration RUN = Duration.ofSeconds(Long.getLong("bench.seconds", 20));
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    /** Before the first figure: the server's JIT compiler needs this long on two cores to stop competing. */
    private static final Duration FIRST_WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmup", 60));

    private final HttpClient http = HttpClient.newBuilder()
            .sslContext(Api.trustingSelfSigned())
            .executor(Executors.newFixedThreadPool(32))
            .build();
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();

    public static void main(String[] args) {
        try {
            new MessageBenchmark().run();
            System.exit(0);
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private void run() throws Exception {
        var agent = ServiceRequests.stadtwerkeAgent();
        var conversations = new ArrayList<Conversation>();
        for (var c = 0; c < CONSUMERS; c++) {
            var consumer = Consumers.signUp("Bench", "Sender " + c);
            ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
            for (var i = 0; i < 128 / CONSUMERS; i++) {
                var id = ServiceRequests.open(consumer.accessToken(), ServiceRequests.STADTWERKE, "Benchmark " + i);
                conversations.add(new Conversation(id, consumer.accessToken()));
            }
        }
        // a client of its own, so that the senders' load on the other one does not delay the events' arrival
        var socket = HttpClient.newBuilder()
                .sslContext(Api.trustingSelfSigned())
                .build()
                .newWebSocketBuilder()
                .header("Authorization", "Bearer " + agent.accessToken())
                .buildAsync(URI.create("wss://localhost:8443/api/v1/stream"), new Arrivals())
                .get(15, TimeUnit.SECONDS);
        // as the app does: a socket that says nothing for long is taken for dead
        var pinger = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var thread = new Thread(runnable);
            thread.setDaemon(true);
            return thread;
        });
        pinger.scheduleAtFixedRate(() -> socket.sendText("{\"type\":\"ping\"}", true), 30, 30, TimeUnit.SECONDS);
        warmUp(conversations);
        System.out.printf("%-34s %8s %12s %10s %10s%n", "what", "senders", "per second", "p50 ms", "p99 ms");
        for (var senders : SENDERS) {
            measure("trivial JAX-RS GET /api/dev/ping", senders, i -> ping());
        }
        for (var senders : SENDERS) {
            measure("message POST -> agent's socket", senders, i -> send(conversations.get(i % conversations.size())));
        }
        var jdbc = System.getProperty("bench.jdbc");
        if (jdbc != null) {
            try (var setup = DriverManager.getConnection(jdbc)) {
                setup.createStatement()
                        .execute(
                                "CREATE TABLE IF NOT EXISTS bench_insert (id BIGINT AUTO_INCREMENT "
                                        + "PRIMARY KEY, conversation_id BIGINT NOT NULL, body TEXT NOT NULL, sent_at DATETIME(6))");
            }
            for (var senders : SENDERS) {
                measure("plain JDBC insert (autocommit)", senders, i -> insert(jdbc));
            }
            try (var cleanup = DriverManager.getConnection(jdbc)) {
                cleanup.createStatement().execute("DROP TABLE bench_insert");
            }
        }
        socket.abort();
    }

    private void warmUp(List<Conversation> conversations) throws InterruptedException {
        var pool = Executors.newFixedThreadPool(16);
        var until = System.nanoTime() + FIRST_WARM_UP.toNanos();
        for (var s = 0; s < 16; s++) {
            var sender = s;
            pool.submit(() -> {
                for (var i = sender; System.nanoTime() < until; i += 16) {
                    ping();
                    send(conversations.get(i % conversations.size()));
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(FIRST_WARM_UP.toSeconds() + 60, TimeUnit.SECONDS);
    }

    private void measure(String what, int senders, Operation operation) throws InterruptedException {
        latencies.clear();
        sentAt.clear();
        var done = new AtomicLong();
        var pool = Executors.newFixedThreadPool(senders);
        var stop = new CountDownLatch(1);
        var measuring = new java.util.concurrent.atomic.AtomicBoolean(false);
        for (var s = 0; s < senders; s++) {
            var sender = s;
            pool.submit(() -> {
                var i = sender;
                while (stop.getCount() > 0) {
                    var start = System.nanoTime();
                    operation.run(i);
                    if (measuring.get()) {
                        done.incrementAndGet();
                        if (!what.startsWith("message")) {
                            latencies.add(System.nanoTime() - start);
                        }
                    }
                    i += senders;
                }
                return null;
            });
        }
        Thread.sleep(WARM_UP.toMillis());
        latencies.clear();
        measuring.set(true);
        var begin = System.nanoTime();
        Thread.sleep(RUN.toMillis());
        var count = done.get();
        var seconds = (System.nanoTime() - begin) / 1e9;
        stop.countDown();
        pool.shutdown();
        pool.awaitTermination(60, TimeUnit.SECONDS);
        Thread.sleep(2000);
        var sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(
                "%-34s %8d %12.0f %10.1f %10.1f%n",
                what, senders, count / seconds, percentile(sorted, 0.50), percentile(sorted, 0.99));
    }

    private void ping() {
        call(Api.request("/api/dev/ping").GET().build(), 204);
    }

    private void send(Conversation conversation) {
        var clientMessageId = UUID.randomUUID().toString();
        var body = Json.createObjectBuilder()
                .add("clientMessageId", clientMessageId)
                .add("text", "Benchmark message " + clientMessageId)
                .build()
                .toString();
        sentAt.put(clientMessageId, System.nanoTime());
        call(
                Api.request("/api/v1/conversations/" + conversation.id() + "/messages")
                        .header("Authorization", "Bearer " + conversation.token())
                        .header("Content-Type", "application/json")
                        .POST(BodyPublishers.ofString(body))
                        .build(),
                201);
    }

    /** One connection per sender, as a pool would give it. */
    private static final ThreadLocal<java.sql.Connection> CONNECTIONS = new ThreadLocal<>();

    private static void insert(String url) {
        try {
            if (CONNECTIONS.get() == null) {
                CONNECTIONS.set(DriverManager.getConnection(url));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        try (var statement = CONNECTIONS
                .get()
                .prepareStatement("INSERT INTO bench_insert (conversation_id, body, sent_at) VALUES (?, ?, NOW(6))")) {
            statement.setLong(1, 1);
            statement.setString(2, "Benchmark message " + UUID.randomUUID());
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void call(HttpRequest request, int expected) {
        try {
            var response = http.send(request, BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(
                        request.uri() + " answered " + response.statusCode() + ": " + response.body());
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double percentile(List<Long> sortedNanos, double p) {
        if (sortedNanos.isEmpty()) {
            return Double.NaN;
        }
        return sortedNanos.get((int) Math.min(sortedNanos.size() - 1, Math.floor(p * sortedNanos.size()))) / 1e6;
    }

    private record Conversation(long id, String token) {}

    @FunctionalInterface
    private interface Operation {
        void run(int i) throws Exception;
    }

    /** The agent's socket: the time each message's event arrives, against the time its POST began. */
    private final class Arrivals implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            System.out.println("The agent's socket failed: " + error);
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            System.out.println("The agent's socket was closed: " + statusCode + " " + reason);
            return null;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                var arrived = System.nanoTime();
                try (var reader = Json.createReader(new StringReader(partial.toString()))) {
                    var event = reader.readObject();
                    if (event.getString("type").equals("message")) {
                        var sent = sentAt.remove(event.getJsonObject("message").getString("clientMessageId"));
                        if (sent != null) {
                            latencies.add(arrived - sent);
                        }
                    }
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }
}
