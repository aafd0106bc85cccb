package de.anliegen.bench;

import de.anliegen.support.Api;
import de.anliegen.support.Consumers;
import de.anliegen.support.ServiceRequests;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.WebSocket;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;

/**
 * The load driver of docs/benchmarks.md, run against the started product (README, "Benchmark"). Every row counts the
 * requests that failed (an error status or no answer) beside those that succeeded, and for messages checks that each
 * acknowledged message's event reached its company's agent socket exactly once (lost, twice).
 *
 * <ul>
 *   <li>closed loop ({@code -Dbench.senders=1,16,128}): each sender sends, waits for the answer, sends again: the
 *       trivial {@code GET /api/dev/ping}, the same for a signed-in consumer ({@code GET /api/dev/ping/signed-in}:
 *       the token check and the usage log), the signed-in {@code GET /api/v1/me}, messages into the conversations of
 *       two companies ({@code spread}) and of one
 *       ({@code one company}), and, given {@code -Dbench.jdbc=<url>}, a plain JDBC insert into the same database;
 *   <li>open loop ({@code -Dbench.rates=500}): messages at a fixed rate whatever the answers take, the time from the
 *       moment each was due, so that a slow server cannot hide its queue by slowing the driver down.
 * </ul>
 */
public final class MessageBenchmark {

    private static final int[] SENDERS = numbers("bench.senders", "1,16,128");
    private static final int[] RATES = numbers("bench.rates", "");
    /** The closed-loop rows to run ({@code -Dbench.rows=me,spread}), all by default: ping, signed, me, spread, one. */
    private static final Set<String> ROWS = Set.copyOf(Arrays.asList(
            System.getProperty("bench.rows", "ping,signed,me,spread,one").split(",")));

    private static final int CONSUMERS = 16;
    private static final Duration RUN = Duration.ofSeconds(Long.getLong("bench.seconds", 20));
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    /** Before the first figure: the server's JIT compiler needs this long on two cores to stop competing. */
    private static final Duration FIRST_WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmup", 60));
    /** How long an acknowledged message's event may take to arrive before it counts as lost. */
    private static final Duration ARRIVAL = Duration.ofSeconds(10);

    /**
     * Eight HTTP/2 connections, the requests spread over them: the server takes at most 100 requests at once on one
     * connection (configure.cli), and the JDK's client fails a request beyond that instead of queuing it.
     */
    private static final int HTTP_CONNECTIONS = 8;

    private final List<HttpClient> clients = IntStream.range(0, HTTP_CONNECTIONS)
            .mapToObj(i -> HttpClient.newBuilder()
                    .sslContext(Api.trustingSelfSigned())
                    .executor(Executors.newFixedThreadPool(4))
                    .build())
            .toList();
    private final AtomicInteger turn = new AtomicInteger();
    private final Deliveries deliveries = new Deliveries();
    private final AtomicBoolean measuring = new AtomicBoolean();
    private final ProcessHandle server = Processes.server();
    private final Optional<ProcessHandle> database = Processes.database();

    public static void main(String[] args) {
        Deliveries.exitAfter(new MessageBenchmark()::run);
    }

    private void run() throws Exception {
        var oneCompany = new ArrayList<Conversation>();
        var spread = new ArrayList<Conversation>();
        for (var c = 0; c < CONSUMERS; c++) {
            var consumer = Consumers.signUp("Bench", "Sender " + c);
            ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
            ServiceRequests.connect(consumer.accessToken(), ServiceRequests.BAECKEREI);
            var stadtwerke = ServiceRequests.open(consumer.accessToken(), ServiceRequests.STADTWERKE, "Benchmark");
            var baeckerei = ServiceRequests.open(consumer.accessToken(), ServiceRequests.BAECKEREI, "Benchmark");
            oneCompany.add(new Conversation(stadtwerke, consumer.accessToken()));
            spread.add(new Conversation(c % 2 == 0 ? stadtwerke : baeckerei, consumer.accessToken()));
        }
        var sockets = List.of(
                agentSocket(ServiceRequests.stadtwerkeAgent().accessToken()),
                agentSocket(ServiceRequests.baeckereiAgent().accessToken()));
        warmUp(spread);
        System.out.printf(
                "%-36s %8s %11s %8s %8s %7s %6s %6s %8s %8s %8s %6s%n",
                "what",
                "senders",
                "per second",
                "p50 ms",
                "p99 ms",
                "failed",
                "lost",
                "twice",
                "srv cpu",
                "db cpu",
                "drv cpu",
                "idle");
        for (var senders : SENDERS) {
            if (ROWS.contains("ping")) {
                closedLoop("trivial JAX-RS GET /api/dev/ping", senders, i -> ping());
            }
            if (ROWS.contains("signed")) {
                closedLoop(
                        "signed-in GET /api/dev/ping/signed-in",
                        senders,
                        i -> signedIn("/api/dev/ping/signed-in", 204, spread.get(i % spread.size())));
            }
            if (ROWS.contains("me")) {
                closedLoop(
                        "signed-in GET /api/v1/me",
                        senders,
                        i -> signedIn("/api/v1/me", 200, spread.get(i % spread.size())));
            }
            if (ROWS.contains("spread")) {
                closedLoop("message POST -> socket, 2 companies", senders, i -> send(spread.get(i % spread.size())));
            }
            if (ROWS.contains("one")) {
                closedLoop(
                        "message POST -> socket, 1 company", senders, i -> send(oneCompany.get(i % oneCompany.size())));
            }
        }
        for (var rate : RATES) {
            openLoop(rate, spread);
        }
        var jdbc = System.getProperty("bench.jdbc");
        if (jdbc != null) {
            statementsPerSend(jdbc, oneCompany.get(0));
            try (var setup = DriverManager.getConnection(jdbc)) {
                setup.createStatement()
                        .execute("CREATE TABLE IF NOT EXISTS bench_insert (id BIGINT AUTO_INCREMENT PRIMARY KEY,"
                                + " conversation_id BIGINT NOT NULL, body TEXT NOT NULL, sent_at DATETIME(6))");
            }
            for (var senders : SENDERS) {
                closedLoop("plain JDBC insert (autocommit)", senders, i -> insert(jdbc));
            }
            try (var cleanup = DriverManager.getConnection(jdbc)) {
                cleanup.createStatement().execute("DROP TABLE bench_insert");
            }
        }
        sockets.forEach(WebSocket::abort);
    }

    /**
     * What one message costs the database: the statements the server receives (MariaDB's {@code Questions}, which
     * counts everything a client sends but pings: transaction control, locks, reads, writes) while one sender sends 200
     * messages one after the other, per message. The figure includes the server's background work in that time (the
     * usage log's batches), which is small beside 200 sends.
     */
    private void statementsPerSend(String jdbc, Conversation conversation) throws Exception {
        var sends = 200;
        try (var connection = DriverManager.getConnection(jdbc)) {
            var before = questions(connection);
            for (var i = 0; i < sends; i++) {
                send(conversation);
            }
            var after = questions(connection);
            // the reading of the counter itself is one question
            System.out.printf(
                    "%-36s %8d %11.1f%n", "statements per message (MariaDB)", 1, (after - before - 1.0) / sends);
        }
    }

    private static long questions(java.sql.Connection connection) throws SQLException {
        try (var status = connection.createStatement().executeQuery("SHOW GLOBAL STATUS LIKE 'Questions'")) {
            status.next();
            return status.getLong(2);
        }
    }

    /** An agent's socket on a client of its own, so that the senders' load does not delay the events' arrival. */
    private WebSocket agentSocket(String token) throws Exception {
        var socket = HttpClient.newBuilder()
                .sslContext(Api.trustingSelfSigned())
                .build()
                .newWebSocketBuilder()
                .header("Authorization", "Bearer " + token)
                .buildAsync(URI.create("wss://localhost:8443/api/v1/stream"), deliveries.new Listener() {
                    @Override
                    public void onError(WebSocket webSocket, Throwable error) {
                        System.out.println("An agent's socket failed: " + error);
                    }

                    @Override
                    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                        System.out.println("An agent's socket was closed: " + statusCode + " " + reason);
                        return null;
                    }
                })
                .get(15, TimeUnit.SECONDS);
        // as the app does: a socket that says nothing for long is taken for dead
        var pinger = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var thread = new Thread(runnable);
            thread.setDaemon(true);
            return thread;
        });
        pinger.scheduleAtFixedRate(() -> socket.sendText("{\"type\":\"ping\"}", true), 30, 30, TimeUnit.SECONDS);
        return socket;
    }

    private void warmUp(List<Conversation> conversations) throws InterruptedException {
        var pool = Executors.newFixedThreadPool(16);
        var until = System.nanoTime() + FIRST_WARM_UP.toNanos();
        for (var s = 0; s < 16; s++) {
            var sender = s;
            pool.submit(() -> {
                for (var i = sender; System.nanoTime() < until; i += 16) {
                    attempt(this::ping);
                    var conversation = conversations.get(i % conversations.size());
                    attempt(() -> send(conversation));
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(FIRST_WARM_UP.toSeconds() + 60, TimeUnit.SECONDS);
    }

    /** Each sender sends, waits for the answer, and sends again; a failure is counted and the sender goes on. */
    private void closedLoop(String what, int senders, Operation operation) throws InterruptedException {
        var ok = new AtomicLong();
        var failed = new AtomicLong();
        var pool = Executors.newFixedThreadPool(senders);
        var stop = new CountDownLatch(1);
        for (var s = 0; s < senders; s++) {
            var sender = s;
            pool.submit(() -> {
                for (var i = sender; stop.getCount() > 0; i += senders) {
                    var index = i;
                    var start = System.nanoTime();
                    var worked = attempt(() -> operation.run(index));
                    if (measuring.get()) {
                        (worked ? ok : failed).incrementAndGet();
                        if (worked && !what.startsWith("message")) {
                            deliveries.took(System.nanoTime() - start);
                        }
                    }
                }
            });
        }
        Thread.sleep(WARM_UP.toMillis());
        var window = measure();
        stop.countDown();
        pool.shutdown();
        pool.awaitTermination(60, TimeUnit.SECONDS);
        report(what, String.valueOf(senders), window, ok.get(), failed.get(), what.startsWith("message"));
    }

    /**
     * Messages due at a fixed rate, each sent when it is due whether or not the earlier ones were answered; the time
     * to the agent's socket counts from when it was due.
     */
    private void openLoop(int rate, List<Conversation> conversations) throws InterruptedException {
        var ok = new AtomicLong();
        var failed = new AtomicLong();
        var period = 1_000_000_000L / rate;
        var stop = new AtomicBoolean();
        var inFlight = new ConcurrentLinkedQueue<CompletableFuture<?>>();
        var dispatcher = new Thread(() -> {
            var due = System.nanoTime();
            for (var i = 0; !stop.get(); i++) {
                LockSupport.parkNanos(due - System.nanoTime());
                var counted = measuring.get();
                inFlight.add(sendAsync(conversations.get(i % conversations.size()), due)
                        .whenComplete((worked, error) -> {
                            if (counted) {
                                (error == null && worked ? ok : failed).incrementAndGet();
                            }
                        }));
                due += period;
            }
        });
        dispatcher.start();
        Thread.sleep(WARM_UP.toMillis());
        var window = measure();
        stop.set(true);
        dispatcher.join();
        Deliveries.awaitAnswers(inFlight);
        report("message POST -> socket, open loop", rate + "/s", window, ok.get(), failed.get(), true);
    }

    /**
     * Lets the load run for {@link #RUN} with everything counted; answers how long it took and the CPU time the server
     * and the database used meanwhile.
     */
    private Window measure() throws InterruptedException {
        deliveries.clear();
        var serverBefore = Processes.cpu(server);
        var databaseBefore = database.map(Processes::cpu);
        var driverBefore = Processes.cpu(ProcessHandle.current());
        var machineBefore = Processes.machine();
        measuring.set(true);
        var begin = System.nanoTime();
        Thread.sleep(RUN.toMillis());
        measuring.set(false);
        var seconds = (System.nanoTime() - begin) / 1e9;
        return new Window(
                seconds,
                Processes.cpu(server).minus(serverBefore),
                database.map(Processes::cpu).map(after -> after.minus(databaseBefore.orElseThrow())),
                Processes.cpu(ProcessHandle.current()).minus(driverBefore),
                Processes.machine().idleSince(machineBefore));
    }

    /**
     * One row; for messages, after waiting for the events of every acknowledged message. The CPU columns are the
     * milliseconds of CPU time the server, the database and this load driver used in the window per request that
     * succeeded; {@code idle} is the share of the machine's cores that nothing used meanwhile.
     */
    private void report(String what, String load, Window window, long ok, long failed, boolean messages)
            throws InterruptedException {
        var outcome = deliveries.await(messages ? ARRIVAL : Duration.ZERO);
        System.out.printf(
                "%-36s %8s %11.0f %8.1f %8.1f %7d %6s %6s %8.3f %8s %8.3f %5.0f%%%n",
                what,
                load,
                ok / window.seconds(),
                outcome.percentile(0.50),
                outcome.percentile(0.99),
                failed,
                messages ? outcome.lost() : "",
                messages ? outcome.twice() : "",
                perRequest(window.server(), ok),
                window.database()
                        .map(cpu -> String.format("%8.3f", perRequest(cpu, ok)))
                        .orElse(""),
                perRequest(window.driver(), ok),
                window.idle() * 100);
    }

    /** Milliseconds of CPU time per request answered. */
    private static double perRequest(Duration cpu, long requests) {
        return cpu.toNanos() / 1e6 / Math.max(requests, 1);
    }

    /**
     * A row's measured seconds, the CPU time the server, the database and the driver used in them, and the share of
     * the machine's cores that stayed idle.
     */
    private record Window(double seconds, Duration server, Optional<Duration> database, Duration driver, double idle) {}

    private void ping() throws Exception {
        expect(http().send(Api.request("/api/dev/ping").GET().build(), BodyHandlers.ofString()), 204);
    }

    /**
     * A signed-in consumer's GET: {@code /api/dev/ping/signed-in} is the platform's limit for them (the token check and
     * the usage log, nothing else), {@code /api/v1/me} the cheapest request of the product (and the profile's reads).
     */
    private void signedIn(String path, int status, Conversation conversation) throws Exception {
        var request = Api.request(path)
                .header("Authorization", "Bearer " + conversation.token())
                .GET()
                .build();
        expect(http().send(request, BodyHandlers.ofString()), status);
    }

    private void send(Conversation conversation) throws Exception {
        var id = UUID.randomUUID().toString();
        var counted = measuring.get();
        if (counted) {
            deliveries.sent(id, System.nanoTime());
        }
        expect(http().send(message(conversation, id), BodyHandlers.ofString()), 201);
        if (counted) {
            deliveries.acknowledged(id);
        }
    }

    private CompletableFuture<Boolean> sendAsync(Conversation conversation, long due) {
        var id = UUID.randomUUID().toString();
        var counted = measuring.get();
        if (counted) {
            deliveries.sent(id, due);
        }
        return http().sendAsync(message(conversation, id), BodyHandlers.ofString())
                .thenApply(response -> {
                    var worked = response.statusCode() == 201;
                    if (worked && counted) {
                        deliveries.acknowledged(id);
                    }
                    return worked;
                });
    }

    /** The next of the connections, in turn. */
    private HttpClient http() {
        return clients.get(Math.floorMod(turn.getAndIncrement(), HTTP_CONNECTIONS));
    }

    private static HttpRequest message(Conversation conversation, String clientMessageId) {
        var body = Deliveries.JSON
                .createObjectBuilder()
                .add("clientMessageId", clientMessageId)
                .add("text", "Benchmark message " + clientMessageId)
                .build()
                .toString();
        return Api.request("/api/v1/conversations/" + conversation.id() + "/messages")
                .header("Authorization", "Bearer " + conversation.token())
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(body))
                .build();
    }

    /** One connection per sender, as a pool would give it. */
    private static final ThreadLocal<java.sql.Connection> CONNECTIONS = new ThreadLocal<>();

    private static void insert(String url) throws SQLException {
        if (CONNECTIONS.get() == null) {
            CONNECTIONS.set(DriverManager.getConnection(url));
        }
        try (var statement = CONNECTIONS
                .get()
                .prepareStatement("INSERT INTO bench_insert (conversation_id, body, sent_at) VALUES (?, ?, NOW(6))")) {
            statement.setLong(1, 1);
            statement.setString(2, "Benchmark message " + UUID.randomUUID());
            statement.executeUpdate();
        }
    }

    private static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(
                    response.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    /** Runs the operation; a failure is reported once per kind and answered as false, never thrown. */
    private boolean attempt(Action action) {
        try {
            action.run();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            if (FAILURES.add(e.getClass().getSimpleName() + ": "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""))) {
                System.out.println("  (a request failed: " + e + ")");
            }
            return false;
        }
    }

    private static final Set<String> FAILURES = ConcurrentHashMap.newKeySet();

    private static int[] numbers(String property, String defaults) {
        return Arrays.stream(System.getProperty(property, defaults).split(","))
                .filter(number -> !number.isBlank())
                .mapToInt(Integer::parseInt)
                .toArray();
    }

    private record Conversation(long id, String token) {}

    /** What a sender does for the {@code i}-th time. */
    @FunctionalInterface
    private interface Operation {
        void run(int i) throws Exception;
    }

    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }
}
