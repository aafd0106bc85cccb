package de.anliegen.bench;

import de.anliegen.support.Api;
import de.anliegen.support.Consumers;
import de.anliegen.support.PushService;
import de.anliegen.support.ServiceRequests;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many push notifications the sender sustains (issue 23): {@code bench.devices} consumers, each with a request to
 * the Stadtwerke, the consent and one device at a push service on loopback (which checks VAPID and decrypts), no app
 * open; the agent answers each request once, open loop at each of {@code bench.rates}; latency from the answer's due
 * time to the push service's receipt of the decrypted notification. Run against a product in dev mode (loopback
 * endpoints are allowed there only).
 */
public final class PushBenchmark implements Deliveries.Benchmark {

    private static final int DEVICES = Integer.getInteger("bench.devices", 1_000);
    private static final List<Integer> RATES =
            List.of(System.getProperty("bench.rates", "100,200,400").split(",")).stream()
                    .map(String::strip)
                    .map(Integer::valueOf)
                    .toList();
    private static final Duration ARRIVAL = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder()
            .sslContext(Api.trustingSelfSigned())
            .executor(Executors.newFixedThreadPool(16))
            .build();

    public static void main(String[] args) {
        Deliveries.exitAfter(new PushBenchmark());
    }

    @Override
    public void run() throws Exception {
        var key = Api.get("/api/v1/push/key").json().getString("key");
        try (var pushService = PushService.start().expecting(key)) {
            var began = System.nanoTime();
            var conversations = subscribed(pushService);
            System.out.printf(
                    "%d consumers with a device in %.0f s%n", conversations.size(), (System.nanoTime() - began) / 1e9);
            var agent = ServiceRequests.stadtwerkeAgent().accessToken();
            var deliveries = new Deliveries();
            var refused = new AtomicLong();
            pushService.listen(push -> {
                if (push.refused() != null) {
                    refused.incrementAndGet();
                    return;
                }
                var link = push.notification().getString("link");
                deliveries.arrived(link.substring(link.lastIndexOf('/') + 1), System.nanoTime());
            });
            // warm-up: one answer each, unmeasured, and every push of it arrived before the rows begin
            answer(agent, conversations, RATES.get(0), deliveries);
            deliveries.await(ARRIVAL);
            System.out.printf(
                    "%-38s %8s %9s %8s %8s %7s %6s %6s %8s%n",
                    "what", "rate", "per s", "p50 ms", "p99 ms", "failed", "lost", "twice", "refused");
            for (var rate : RATES) {
                deliveries.clear();
                refused.set(0);
                var start = System.nanoTime();
                var failed = answer(agent, conversations, rate, deliveries);
                var outcome = deliveries.await(ARRIVAL);
                var seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(
                        "%-38s %8s %9.0f %8.1f %8.1f %7d %6d %6d %8d%n",
                        "agent's answer POST -> push received",
                        rate + "/s",
                        outcome.sortedNanos().size() / seconds,
                        outcome.percentile(0.50),
                        outcome.percentile(0.99),
                        failed,
                        outcome.lost(),
                        outcome.twice(),
                        refused.get());
            }
        }
    }

    /** The consumers' requests, each consumer with the consent and one device at the push service. */
    private List<Long> subscribed(PushService pushService) throws InterruptedException {
        var conversations = Collections.synchronizedList(new ArrayList<Long>());
        var pool = Executors.newFixedThreadPool(8);
        for (var i = 0; i < DEVICES; i++) {
            var n = i;
            pool.submit(() -> {
                try {
                    var consumer = Consumers.signUp("Push", "Gerät " + n);
                    ServiceRequests.connect(consumer.accessToken(), ServiceRequests.STADTWERKE);
                    var conversation = ServiceRequests.open(
                            consumer.accessToken(), ServiceRequests.STADTWERKE, "Benachrichtigung");
                    Consumers.consent(consumer, "notifications", true);
                    var device = pushService.subscribe();
                    var reply = Api.sendJson(
                            "PUT",
                            "/api/v1/me/push-subscriptions/" + UUID.randomUUID(),
                            device.subscription(false, "de").toString(),
                            consumer.accessToken());
                    if (reply.status() == 200) {
                        conversations.add(conversation);
                    }
                } catch (AssertionError | RuntimeException e) {
                    System.out.println("  (a consumer could not be set up: " + e.getMessage() + ")");
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        return new ArrayList<>(conversations);
    }

    /** The agent answers every request once at the rate, open loop: the failed sends. */
    private long answer(String agent, List<Long> conversations, int rate, Deliveries deliveries)
            throws InterruptedException {
        return deliveries.answer(
                http,
                agent,
                conversations,
                rate,
                conversations.size(),
                (conversation, clientMessageId) -> String.valueOf(conversation));
    }
}
