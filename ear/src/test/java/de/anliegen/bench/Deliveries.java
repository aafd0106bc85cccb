package de.anliegen.bench;

import de.anliegen.support.Api;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiFunction;

/**
 * What a load driver knows of its messages: when each was due (open loop) or sent (closed loop), which the server
 * acknowledged, when and how often each one's event arrived on a socket. After a run it tells the latencies and the
 * acknowledged messages whose event never came ({@code lost}) or came more than once ({@code twice}).
 */
final class Deliveries {

    /**
     * The JSON provider, looked up once: {@code Json.createReader} and its siblings look it up through the
     * ServiceLoader at every call, scanning the class path's jars. That was a third of the load driver's CPU per
     * message (docs/benchmarks.md, "Profiles of the send path"), counted against the messages' rows, not the trivial
     * request's.
     */
    static final JsonProvider JSON = JsonProvider.provider();

    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final Map<String, Integer> arrivals = new ConcurrentHashMap<>();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();

    /** The message went out (or was due) at this {@link System#nanoTime()}: its latency counts from then. */
    void sent(String clientMessageId, long nanos) {
        sentAt.put(clientMessageId, nanos);
    }

    void acknowledged(String clientMessageId) {
        acknowledged.add(clientMessageId);
    }

    /** An operation without an event (the trivial request): its own time is its latency. */
    void took(long nanos) {
        latencies.add(nanos);
    }

    /** A message's event arrived: its latency is counted the first time. */
    void arrived(String clientMessageId, long nanos) {
        var sent = sentAt.get(clientMessageId);
        if (arrivals.merge(clientMessageId, 1, Integer::sum) == 1 && sent != null) {
            latencies.add(nanos - sent);
        }
    }

    /** Forgets everything: what is sent from now on is counted. */
    void clear() {
        latencies.clear();
        sentAt.clear();
        arrivals.clear();
        acknowledged.clear();
    }

    /**
     * The latencies, and of the acknowledged messages those lost and those heard twice, after waiting up to
     * {@code within} for the events of all of them (and half a second more, for a second copy).
     */
    Outcome await(Duration within) throws InterruptedException {
        var deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline && !arrivals.keySet().containsAll(acknowledged)) {
            Thread.sleep(100);
        }
        Thread.sleep(500);
        var sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Outcome(
                sorted,
                acknowledged.stream().filter(id -> !arrivals.containsKey(id)).count(),
                acknowledged.stream()
                        .filter(id -> arrivals.getOrDefault(id, 0) > 1)
                        .count());
    }

    /** Latencies in order, in nanoseconds; the acknowledged messages lost and heard twice. */
    record Outcome(List<Long> sortedNanos, long lost, long twice) {

        /** In milliseconds. */
        double percentile(double p) {
            if (sortedNanos.isEmpty()) {
                return Double.NaN;
            }
            return sortedNanos.get((int) Math.min(sortedNanos.size() - 1, Math.floor(p * sortedNanos.size()))) / 1e6;
        }
    }

    /**
     * Waits for the answers to requests sent open loop, up to 45 s: a request that was due in the window counts however
     * late it is answered (the client gives up on it after 30 s, a failure).
     */
    static void awaitAnswers(Collection<CompletableFuture<?>> inFlight) throws InterruptedException {
        try {
            CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new))
                    .exceptionally(error -> null)
                    .get(45, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            System.out.println("  (requests still unanswered after 45 s: " + e + ")");
        }
    }

    /**
     * The agent answers {@code count} times at the fixed rate, open loop, going round the conversations; each answer is
     * due at its time and recorded under {@code key} (its client message id, or its conversation): the failed sends.
     */
    long answer(
            HttpClient http,
            String agent,
            List<Long> conversations,
            int rate,
            long count,
            BiFunction<Long, String, String> key)
            throws InterruptedException {
        var failed = new AtomicLong();
        var inFlight = new ConcurrentLinkedQueue<CompletableFuture<?>>();
        var period = 1_000_000_000L / rate;
        var due = System.nanoTime();
        for (var i = 0L; i < count; i++, due += period) {
            LockSupport.parkNanos(due - System.nanoTime());
            var conversation = conversations.get((int) (i % conversations.size()));
            var clientMessageId = UUID.randomUUID().toString();
            var id = key.apply(conversation, clientMessageId);
            sent(id, due);
            var body = JSON.createObjectBuilder()
                    .add("clientMessageId", clientMessageId)
                    .add("text", "Antwort " + clientMessageId)
                    .build()
                    .toString();
            var request = Api.request("/api/v1/conversations/" + conversation + "/messages")
                    .header("Authorization", "Bearer " + agent)
                    .header("Content-Type", "application/json")
                    .POST(BodyPublishers.ofString(body))
                    .build();
            inFlight.add(http.sendAsync(request, BodyHandlers.discarding()).whenComplete((response, error) -> {
                if (error == null && response.statusCode() == 201) {
                    acknowledged(id);
                } else {
                    failed.incrementAndGet();
                }
            }));
        }
        awaitAnswers(inFlight);
        return failed.get();
    }

    /** Runs a benchmark as a program: exits 0, or prints the failure and exits 1. */
    static void exitAfter(Benchmark benchmark) {
        try {
            benchmark.run();
            System.exit(0);
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    @FunctionalInterface
    interface Benchmark {
        void run() throws Exception;
    }

    /** A socket of the stream that counts each message event's arrival; other events go to {@link #event}. */
    class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        /** Any event but a message. */
        void event(JsonObject event) {}

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                var at = System.nanoTime();
                try (var reader = JSON.createReader(new StringReader(partial.toString()))) {
                    var event = reader.readObject();
                    if (event.getString("type").equals("message")) {
                        arrived(event.getJsonObject("message").getString("clientMessageId"), at);
                    } else {
                        event(event);
                    }
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }
}
