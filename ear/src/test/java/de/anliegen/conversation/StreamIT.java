package de.anliegen.conversation;

import static de.anliegen.support.ServiceRequests.STADTWERKE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Api;
import de.anliegen.support.Consumers;
import de.anliegen.support.OnEveryDatabase;
import de.anliegen.support.ServiceRequests;
import de.anliegen.support.StreamClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The live stream: events as they happen, typing, resuming after a lost connection, and bad clients. */
@OnEveryDatabase
class StreamIT extends AgainstTheProduct {

    @Test
    void both_sides_hear_new_messages_read_markers_and_typing_at_once() {
        var anna = Consumers.signUp("Anna", "Live");
        ServiceRequests.connect(anna.accessToken(), STADTWERKE);
        var agent = ServiceRequests.stadtwerkeAgent();
        try (var annasApp = StreamClient.ready(anna.accessToken(), null);
                var agentsClient = StreamClient.ready(agent.accessToken(), null)) {
            var id = ServiceRequests.open(anna.accessToken(), STADTWERKE, "Live");

            var arrived = agentsClient.next("message");
            assertEquals(
                    id,
                    arrived.getJsonObject("conversation").getJsonNumber("id").longValue());
            assertEquals(
                    "Anna",
                    arrived.getJsonObject("conversation")
                            .getJsonObject("consumer")
                            .getString("firstName"));
            assertTrue(arrived.getJsonNumber("cursor").longValue() > 0);

            assertEquals(
                    "consumer",
                    annasApp.next("message").getJsonObject("message").getString("author"),
                    "her own");
            annasApp.sendText("{\"type\":\"typing\",\"conversationId\":" + id + "}");
            var typing = agentsClient.next("typing");
            assertEquals("consumer", typing.getString("side"));

            ServiceRequests.send(agent.accessToken(), id, "Hallo Anna!");
            var answer = annasApp.next("message");
            assertEquals("Hallo Anna!", answer.getJsonObject("message").getString("text"));
            assertEquals(1, answer.getJsonObject("conversation").getInt("unread"));

            Api.post("/api/v1/conversations/" + id + "/read", "{\"upTo\":2}", anna.accessToken());
            var read = agentsClient.next("read");
            assertEquals("consumer", read.getString("side"));
            assertEquals(2, read.getInt("upTo"));
        }
    }

    @Test
    void an_app_that_reconnects_after_its_last_cursor_gets_every_missed_event_in_order_once() {
        var ben = Consumers.signUp("Ben", "Funkloch");
        ServiceRequests.connect(ben.accessToken(), STADTWERKE);
        var agent = ServiceRequests.stadtwerkeAgent();
        var id = ServiceRequests.open(ben.accessToken(), STADTWERKE, "Tunnel");
        long cursor;
        try (var app = StreamClient.ready(ben.accessToken(), null)) {
            ServiceRequests.send(agent.accessToken(), id, "Erste Antwort");
            // the request's own first message may be numbered after the socket opened: it comes live, before
            cursor = app.next(
                            "message",
                            event -> event.getJsonObject("message")
                                    .getString("text")
                                    .equals("Erste Antwort"))
                    .getJsonNumber("cursor")
                    .longValue();
        }
        for (var i = 0; i < 5; i++) {
            ServiceRequests.send(agent.accessToken(), id, "Verpasst " + i);
        }

        try (var app = StreamClient.open(ben.accessToken(), cursor)) {
            // the stored ones before "ready"; one numbered a moment after its send was answered may come after it
            var missed = 0;
            var ready = -1L;
            while (missed < 5 || ready < 0) {
                var event = app.next("message", "ready");
                if (event.getString("type").equals("ready")) {
                    ready = event.getJsonNumber("cursor").longValue();
                    continue;
                }
                assertEquals(cursor + 1 + missed, event.getJsonNumber("cursor").longValue());
                assertEquals(
                        "Verpasst " + missed, event.getJsonObject("message").getString("text"));
                missed++;
            }
            assertTrue(ready >= cursor && ready <= cursor + 5, "ready at " + ready);
            ServiceRequests.send(agent.accessToken(), id, "Wieder da");
            var live = app.next("message");
            assertEquals(cursor + 6, live.getJsonNumber("cursor").longValue());
            assertNull(app.poll(Duration.ofMillis(500)), "nothing twice");
        }
    }

    @Test
    void an_app_whose_cursor_the_stream_does_not_know_is_told_to_reload() {
        var erik = Consumers.signUp("Erik", "Zukunft");
        long latest;
        try (var app = StreamClient.open(erik.accessToken(), null)) {
            latest = app.next("ready").getJsonNumber("cursor").longValue();
        }
        // a cursor from before a restore of the database: events the stream no longer has
        try (var app = StreamClient.open(erik.accessToken(), latest + 1_000)) {
            var first = app.next("reload", "message", "ready");
            assertEquals("reload", first.getString("type"), first::toString);
            assertEquals(latest, first.getJsonNumber("cursor").longValue(), first::toString);
        }
    }

    @Test
    void an_agents_client_resumes_too_and_sees_the_consumer_as_the_company_may() {
        var carl = Consumers.signUp("Carl", "Wiederkehr");
        ServiceRequests.connect(carl.accessToken(), STADTWERKE);
        var agent = ServiceRequests.stadtwerkeAgent();
        long cursor;
        try (var client = StreamClient.open(agent.accessToken(), null)) {
            cursor = client.next("ready").getJsonNumber("cursor").longValue();
        }
        var id = ServiceRequests.open(carl.accessToken(), STADTWERKE, "Wiederkehr");
        ServiceRequests.send(carl.accessToken(), id, "Zweite Nachricht");

        try (var client = StreamClient.open(agent.accessToken(), cursor)) {
            var texts = new java.util.ArrayList<String>();
            // what was stored comes before "ready"; an event numbered a moment after the send was answered comes live
            while (texts.size() < 2) {
                var event = client.next("message");
                if (event.getJsonObject("conversation").getJsonNumber("id").longValue() == id) {
                    assertEquals(
                            "Carl",
                            event.getJsonObject("conversation")
                                    .getJsonObject("consumer")
                                    .getString("firstName"));
                    texts.add(event.getJsonObject("message").getString("text"));
                }
            }
            assertEquals(java.util.List.of("Guten Tag, Wiederkehr", "Zweite Nachricht"), texts);
        }
    }

    /** Disconnected, the consumer's profile is no longer the company's: not in its live events, nor in stored ones. */
    @Test
    void a_consumer_who_disconnects_leaves_no_name_or_number_in_the_companys_stored_events() {
        var dina = Consumers.signUp("Dinah", "Trennung");
        ServiceRequests.connect(dina.accessToken(), STADTWERKE);
        var agent = ServiceRequests.stadtwerkeAgent();
        long cursor;
        try (var client = StreamClient.open(agent.accessToken(), null)) {
            cursor = client.next("ready").getJsonNumber("cursor").longValue();
        }
        var id = ServiceRequests.open(dina.accessToken(), STADTWERKE, "Trennung");
        try (var client = StreamClient.open(agent.accessToken(), cursor)) {
            var stored = client.next(
                    "message",
                    event -> event.getJsonObject("conversation")
                                    .getJsonNumber("id")
                                    .longValue()
                            == id);
            assertTrue(stored.toString().contains(dina.mobileNumber()), "the company sees her while connected");
        }

        var disconnected = Api.delete("/api/v1/me/companies/" + STADTWERKE, dina.accessToken());
        assertEquals(204, disconnected.status(), disconnected::toString);

        try (var client = StreamClient.ready(agent.accessToken(), cursor)) {
            var replayed = client.heard().stream().map(Object::toString).toList();
            assertTrue(
                    replayed.stream()
                            .noneMatch(event -> event.contains(dina.mobileNumber()) || event.contains("Dinah")),
                    replayed::toString);
        }
    }

    @Test
    void a_socket_outlives_its_access_token_when_the_client_hands_it_the_renewed_one() throws Exception {
        var dora = Consumers.signUp("Dora", "Dauer");
        var otto = Consumers.signUp("Otto", "Fremd");
        try (var app = StreamClient.ready(dora.accessToken(), null)) {
            // a refresh replaces the access token: the old one no longer signs in
            var renewed = Api.post(
                            "/api/v1/sessions/refresh",
                            Json.createObjectBuilder()
                                    .add("refreshToken", dora.refreshToken())
                                    .build()
                                    .toString())
                    .json()
                    .getString("accessToken");
            app.sendText(token(renewed));
            app.next("token");
            // the sockets are checked every 2 s in the tests: two checks later it is still open
            Thread.sleep(4_500);
            app.sendText("{\"type\":\"ping\"}");
            app.next("pong");

            app.sendText(token(otto.accessToken()));
            assertEquals(1008, app.closeCode(), "someone else's token closes the socket");
        }
    }

    private static String token(String accessToken) {
        return Json.createObjectBuilder()
                .add("type", "token")
                .add("accessToken", accessToken)
                .build()
                .toString();
    }

    @Test
    void a_socket_closes_once_its_caller_signed_out() {
        var dieter = Consumers.signUp("Dieter", "Abmelder");
        try (var app = StreamClient.ready(dieter.accessToken(), null)) {
            assertEquals(
                    204,
                    Api.delete("/api/v1/sessions/current", dieter.accessToken()).status());

            assertEquals(1008, app.closeCode());
        }
    }

    @Test
    void an_answer_to_a_consumer_without_an_open_app_becomes_a_push_notification_without_the_text() {
        var clara = Consumers.signUp("Clara", "Offline");
        ServiceRequests.connect(clara.accessToken(), STADTWERKE);
        var agent = ServiceRequests.stadtwerkeAgent();
        var id = ServiceRequests.open(clara.accessToken(), STADTWERKE, "Push");

        ServiceRequests.send(agent.accessToken(), id, "Geheimer Inhalt");

        var push = pushTo(clara.id());
        assertNotNull(push, "a push notification in the dev outbox");
        assertTrue(push.getString("body").contains("/conversations/" + id), push::toString);
        assertTrue(!push.getString("body").contains("Geheimer"), push::toString);
        try (var app = StreamClient.ready(clara.accessToken(), null)) {
            ServiceRequests.send(agent.accessToken(), id, "Noch eine Antwort");
            app.next("message");
            // the sequencer sends a batch's pushes before it numbers the next batch: once the app has a later answer,
            // a push for the one before would be in the outbox
            ServiceRequests.send(agent.accessToken(), id, "Und noch eine");
            app.next("message");
            assertEquals(1, pushesTo(clara.id()), "no second push while the app is open");
        }
    }

    @Test
    void a_page_of_another_origin_opens_no_socket_a_page_of_ours_and_a_native_app_do() {
        var consumer = Consumers.signUp("Olga", "Ursprung");
        var foreign = StreamClient.handshakeFailure("/api/v1/stream", consumer.accessToken(), "https://evil.example");
        assertTrue(foreign instanceof WebSocketHandshakeException, String.valueOf(foreign));
        assertEquals(403, ((WebSocketHandshakeException) foreign).getResponse().statusCode());
        assertNull(StreamClient.handshakeFailure("/api/v1/stream", consumer.accessToken(), Api.BASE.toString()));
        assertNull(StreamClient.handshakeFailure("/api/v1/stream", consumer.accessToken(), null), "a native app");
    }

    @Test
    void no_socket_opens_without_a_valid_token_and_never_with_one_in_the_address() {
        var anonymous = StreamClient.handshakeFailure("", null);
        var invalid = StreamClient.handshakeFailure("", "not-a-token");
        var valid = Consumers.signUp("Ada", "Adresse").accessToken();
        var inQuery = StreamClient.handshakeFailure("?access_token=" + valid, null);

        for (var failure : new Throwable[] {anonymous, invalid, inQuery}) {
            assertTrue(failure instanceof WebSocketHandshakeException, String.valueOf(failure));
            assertEquals(
                    401, ((WebSocketHandshakeException) failure).getResponse().statusCode());
        }
    }

    @Test
    void a_browser_offers_its_token_as_a_subprotocol_and_the_server_chooses_the_other() {
        var consumer = Consumers.signUp("Bruno", "Browser");

        assertEquals("anliegen", StreamClient.openAsBrowser(consumer.accessToken()));
        assertTrue(StreamClient.openAsBrowser("not-a-token").startsWith("failed:"), "no socket for a wrong token");
    }

    @Test
    void garbage_floods_and_oversized_frames_close_the_socket_and_others_go_on() {
        var dora = Consumers.signUp("Dora", "Stört");
        try (var garbage = StreamClient.ready(dora.accessToken(), null);
                var flood = StreamClient.ready(dora.accessToken(), null);
                var huge = StreamClient.ready(dora.accessToken(), null);
                var calm = StreamClient.ready(dora.accessToken(), null)) {
            garbage.sendText("this is not json");
            for (var i = 0; i < 25; i++) {
                flood.sendText("{\"type\":\"ping\"}");
            }
            huge.sendText("{\"type\":\"ping\",\"x\":\"" + "x".repeat(5000) + "\"}");

            assertEquals(1008, garbage.closeCode());
            assertEquals(1008, flood.closeCode());
            assertEquals(1009, huge.closeCode());
            calm.sendText("{\"type\":\"ping\"}");
            assertEquals("pong", calm.next("pong").getString("type"));
        }
    }

    /** The first push to the consumer, waited for: pushes go out once the sequencer has numbered the answer. */
    private static JsonObject pushTo(long consumerId) {
        var until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < until) {
            var push = pushes(consumerId).findFirst();
            if (push.isPresent()) {
                return push.get();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    private static long pushesTo(long consumerId) {
        return pushes(consumerId).count();
    }

    private static Stream<JsonObject> pushes(long consumerId) {
        return Api.get("/api/dev/outbox?limit=200").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(entry -> entry.getString("channel").equals("PUSH"))
                .filter(entry -> entry.getString("recipient").equals("consumer:" + consumerId));
    }
}
