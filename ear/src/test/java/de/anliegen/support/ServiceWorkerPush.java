package de.anliegen.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Delivers a push message to a page's service worker as a push service would, through Chromium's DevTools protocol
 * ({@code ServiceWorker.deliverPushMessage}): headless Chromium has no push service of its own. Speaks the protocol
 * over its own WebSocket, because the registration's id comes only as an event, which Selenium's command bridge does
 * not pass on.
 */
public final class ServiceWorkerPush implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final WebSocket socket;
    private final BlockingQueue<JsonObject> events = new LinkedBlockingQueue<>();
    private final Map<Integer, CompletableFuture<JsonObject>> answers = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final String session;

    private ServiceWorkerPush(Browser browser) throws Exception {
        var address = (String) browser.driver().getCapabilities().getCapability("se:cdp");
        socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(URI.create(address), new Listener())
                .get(10, TimeUnit.SECONDS);
        var page =
                send(null, "Target.getTargets", Json.createObjectBuilder().build()).getJsonArray("targetInfos").stream()
                        .map(JsonObject.class::cast)
                        .filter(target -> target.getString("type").equals("page")
                                && target.getString("url")
                                        .equals(browser.driver().getCurrentUrl()))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(
                                "no page at " + browser.driver().getCurrentUrl()));
        session = send(
                        null,
                        "Target.attachToTarget",
                        Json.createObjectBuilder()
                                .add("targetId", page.getString("targetId"))
                                .add("flatten", true)
                                .build())
                .getString("sessionId");
    }

    /** Connects to the browser's DevTools, attached to the page the browser shows now. */
    public static ServiceWorkerPush of(Browser browser) {
        try {
            return new ServiceWorkerPush(browser);
        } catch (Exception e) {
            throw new IllegalStateException("cannot reach the browser's DevTools: " + e, e);
        }
    }

    /** Delivers the data (JSON) to the service worker registered for the origin. */
    public void deliver(String origin, String data) throws Exception {
        send(session, "ServiceWorker.enable", Json.createObjectBuilder().build());
        // a browser kept from an earlier test may still list that test's registration: the newest one is the page's
        var registrations = new java.util.TreeMap<Long, Boolean>();
        var until = System.nanoTime() + WAIT.toNanos();
        var settled = Long.MAX_VALUE;
        while (System.nanoTime() < Math.min(until, settled)) {
            var event = events.poll(100, TimeUnit.MILLISECONDS);
            if (event != null && event.getString("method").equals("ServiceWorker.workerRegistrationUpdated")) {
                event.getJsonObject("params").getJsonArray("registrations").stream()
                        .map(JsonObject.class::cast)
                        .filter(found -> found.getString("scopeURL").startsWith(origin))
                        .forEach(found -> registrations.put(
                                Long.valueOf(found.getString("registrationId")), found.getBoolean("isDeleted")));
                settled = System.nanoTime() + Duration.ofSeconds(1).toNanos();
            }
        }
        var registration = registrations.descendingMap().entrySet().stream()
                .filter(entry -> !entry.getValue())
                .map(entry -> String.valueOf(entry.getKey()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no service worker is registered for " + origin));
        send(
                session,
                "ServiceWorker.deliverPushMessage",
                Json.createObjectBuilder()
                        .add("origin", origin)
                        .add("registrationId", registration)
                        .add("data", data)
                        .build());
    }

    private JsonObject send(String sessionId, String method, JsonObject params) throws Exception {
        var id = ids.incrementAndGet();
        var answer = new CompletableFuture<JsonObject>();
        answers.put(id, answer);
        var message =
                Json.createObjectBuilder().add("id", id).add("method", method).add("params", params);
        if (sessionId != null) {
            message.add("sessionId", sessionId);
        }
        socket.sendText(message.build().toString(), true).get(10, TimeUnit.SECONDS);
        var reply = answer.get(10, TimeUnit.SECONDS);
        if (reply.containsKey("error")) {
            throw new AssertionError(method + ": " + reply.getJsonObject("error"));
        }
        return reply.getJsonObject("result");
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
    }

    private final class Listener implements WebSocket.Listener {

        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                var message =
                        Json.createReader(new StringReader(text.toString())).readObject();
                text.setLength(0);
                if (message.containsKey("id")) {
                    var answer = answers.remove(message.getInt("id"));
                    if (answer != null) {
                        answer.complete(message);
                    }
                } else {
                    events.add(message);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
