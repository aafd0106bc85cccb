package de.anliegen.bench;

import de.anliegen.support.Api;
import de.anliegen.support.Consumers;
import de.anliegen.support.ServiceRequests;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The stream with many apps open (issue 18, docs/benchmarks.md), against the started product (README, "Benchmark"):
 * {@code bench.sockets} consumers (10,000) each sign up and open the app's socket, the first {@code bench.receivers}
 * (1,000) with a service request at the Stadtwerke; then the Stadtwerke's agent answers them at {@code bench.rate}
 * messages a second (200), open loop, for {@code bench.seconds} (60), after {@code bench.warmup} seconds (30) of the
 * same load that are not counted. Every acknowledged answer must reach its consumer's socket exactly once; the latency
 * counts from when it was due. The sockets ping every 30 s as the app does. The
 * server's heap after a full collection, its resident memory, threads and file descriptors are read from its process
 * (found by its command line) before the sockets open, once they are open, and after the messages.
 */
public final class SocketBenchmark {

    private static final int SOCKETS = Integer.getInteger("bench.sockets", 10_000);
    private static final int RECEIVERS = Integer.getInteger("bench.receivers", 1_000);
    private static final int RATE = Integer.getInteger("bench.rate", 200);
    private static final Duration RUN = Duration.ofSeconds(Long.getLong("bench.seconds", 60));
    /** The same load before, not counted: the answer path's code is compiled by then. */
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmup", 30));

    private static final Duration ARRIVAL = Duration.ofSeconds(10);
    private static final int SIGN_UPS_AT_ONCE = 32;
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    /** The sockets share a few clients: each client has one selector thread for all its connections. */
    private final List<HttpClient> clients = new ArrayList<>();

    private final HttpClient http = HttpClient.newBuilder()
            .sslContext(Api.trustingSelfSigned())
            .executor(Executors.newFixedThreadPool(16))
            .build();
    private final Deliveries deliveries = new Deliveries();
    private final AtomicInteger closedByServer = new AtomicInteger();

    public static void main(String[] args) {
        Deliveries.exitAfter(new SocketBenchmark()::run);
    }

    private void run() throws Exception {
        for (var i = 0; i < 8; i++) {
            clients.add(HttpClient.newBuilder()
                    .sslContext(Api.trustingSelfSigned())
                    .executor(Executors.newFixedThreadPool(2))
                    .build());
        }
        var server = Processes.server();
        report("server before the sockets", server);

        var began = System.nanoTime();
        var consumers = signUp();
        System.out.printf("%d consumers signed up in %.0f s%n", consumers.size(), seconds(began));
        var agent = ServiceRequests.stadtwerkeAgent().accessToken();
        var conversations = new ArrayList<Long>();
        for (var consumer : consumers.subList(0, Math.min(RECEIVERS, consumers.size()))) {
            ServiceRequests.connect(consumer, ServiceRequests.STADTWERKE);
            conversations.add(ServiceRequests.open(consumer, ServiceRequests.STADTWERKE, "Viele Apps"));
        }

        began = System.nanoTime();
        var sockets = open(consumers);
        System.out.printf("%d sockets open in %.0f s%n", sockets.size(), seconds(began));
        var pinger = Executors.newSingleThreadScheduledExecutor();
        // as the app does, each socket pings every 30 s, spread over the 30 s
        var next = new AtomicInteger();
        pinger.scheduleAtFixedRate(
                () -> {
                    for (var i = 0; i < Math.max(1, sockets.size() / 300); i++) {
                        sockets.get(next.getAndIncrement() % sockets.size()).sendText("{\"type\":\"ping\"}", true);
                    }
                },
                100,
                100,
                TimeUnit.MILLISECONDS);
        report("server with the sockets open", server);

        answer(agent, conversations, WARM_UP);
        deliveries.clear();
        var failed = answer(agent, conversations, RUN);
        var outcome = deliveries.await(ARRIVAL);
        System.out.printf(
                "%-40s %7s %8s %8s %8s %7s %6s %6s %7s%n",
                "what", "sockets", "rate", "p50 ms", "p99 ms", "failed", "lost", "twice", "closed");
        System.out.printf(
                "%-40s %7d %8s %8.1f %8.1f %7d %6d %6d %7d%n",
                "agent's answer POST -> consumer's socket",
                sockets.size(),
                RATE + "/s",
                outcome.percentile(0.50),
                outcome.percentile(0.99),
                failed,
                outcome.lost(),
                outcome.twice(),
                closedByServer.get());
        report("server after the messages", server);
        pinger.shutdownNow();
        sockets.forEach(WebSocket::abort);
    }

    /** Signs up {@link #SOCKETS} consumers, a few at a time: their access tokens. */
    private List<String> signUp() throws InterruptedException {
        var tokens = Collections.synchronizedList(new ArrayList<String>());
        var pool = Executors.newFixedThreadPool(SIGN_UPS_AT_ONCE);
        for (var i = 0; i < SOCKETS; i++) {
            var n = i;
            pool.submit(() -> {
                // a random number may be taken already (one in ten thousand): then another one
                for (var attempt = 0; attempt < 3; attempt++) {
                    try {
                        tokens.add(Consumers.signUp("Viele", "Apps " + n).accessToken());
                        return;
                    } catch (AssertionError | RuntimeException taken) {
                        System.out.println("  (a sign-up failed: " + taken.getMessage() + ")");
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        if (tokens.size() < SOCKETS) {
            throw new IllegalStateException("only " + tokens.size() + " of " + SOCKETS + " consumers signed up");
        }
        return new ArrayList<>(tokens);
    }

    /** One socket per consumer, opened a few hundred at a time, each heard up to its {@code ready}. */
    private List<WebSocket> open(List<String> consumers) throws Exception {
        var sockets = new ArrayList<WebSocket>();
        for (var from = 0; from < consumers.size(); from += 200) {
            var batch = new ArrayList<CompletableFuture<WebSocket>>();
            for (var i = from; i < Math.min(consumers.size(), from + 200); i++) {
                var listener = new Opening();
                batch.add(clients.get(i % clients.size())
                        .newWebSocketBuilder()
                        .header("Authorization", "Bearer " + consumers.get(i))
                        .buildAsync(URI.create("wss://localhost:8443/api/v1/stream"), listener)
                        .thenCompose(socket -> listener.ready.thenApply(ready -> socket)));
            }
            for (var socket : batch) {
                sockets.add(socket.get(60, TimeUnit.SECONDS));
            }
        }
        return sockets;
    }

    /** The agent answers the conversations in turn at the fixed rate, open loop: the failed sends. */
    private long answer(String agent, List<Long> conversations, Duration run) throws InterruptedException {
        return deliveries.answer(
                http,
                agent,
                conversations,
                RATE,
                RATE * run.toSeconds(),
                (conversation, clientMessageId) -> clientMessageId);
    }

    /** Heap after a full collection, resident memory, threads and open file descriptors of the server. */
    private static void report(String when, ProcessHandle server) throws IOException, InterruptedException {
        var pid = String.valueOf(server.pid());
        jcmd(pid, "GC.run");
        var heap = HEAP_USED.matcher(jcmd(pid, "GC.heap_info"));
        var heapMb = heap.find() ? Long.parseLong(heap.group(1)) / 1024 : -1;
        var status = Files.readAllLines(Path.of("/proc", pid, "status"));
        var rss = status.stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .findFirst()
                .orElse("VmRSS: ?");
        var threads = status.stream()
                .filter(line -> line.startsWith("Threads:"))
                .findFirst()
                .orElse("Threads: ?");
        long descriptors;
        try (var fds = Files.list(Path.of("/proc", pid, "fd"))) {
            descriptors = fds.count();
        }
        System.out.printf(
                "%-32s heap after full GC %d MB, %s, %s, file descriptors %d%n",
                when, heapMb, rss.replaceAll("\\s+", " "), threads.replaceAll("\\s+", " "), descriptors);
    }

    private static String jcmd(String pid, String command) throws IOException, InterruptedException {
        var process = new ProcessBuilder("jcmd", pid, command)
                .redirectErrorStream(true)
                .start();
        var output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return output;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** A consumer's socket: ready once it has caught up; a close by the server is counted. */
    private final class Opening extends Deliveries.Listener {
        private final CompletableFuture<Void> ready = new CompletableFuture<>();

        Opening() {
            deliveries.super();
        }

        @Override
        void event(JsonObject event) {
            if (event.getString("type").equals("ready")) {
                ready.complete(null);
            }
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closedByServer.incrementAndGet();
            ready.completeExceptionally(new IllegalStateException("closed before ready: " + statusCode + " " + reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            ready.completeExceptionally(error);
        }
    }
}
