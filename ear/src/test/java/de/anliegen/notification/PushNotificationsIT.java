package de.anliegen.notification;

import static de.anliegen.support.ServiceRequests.STADTWERKE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.notification.control.WebPushEncryption;
import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Api;
import de.anliegen.support.Consumers;
import de.anliegen.support.Consumers.SignedIn;
import de.anliegen.support.OnEveryDatabase;
import de.anliegen.support.PushService;
import de.anliegen.support.PushService.Device;
import de.anliegen.support.ServiceRequests;
import de.anliegen.support.StreamClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An answer reaches a person whose app is closed as an encrypted Web Push (issue 23): only with their consent, worded
 * as they chose (the company; the subject only with previews; never the text), to the devices of live sign-ins. The
 * push service is an imitation on loopback that checks the VAPID signature and decrypts as a browser would.
 */
@OnEveryDatabase
class PushNotificationsIT extends AgainstTheProduct {

    private static final Duration ARRIVES = Duration.ofSeconds(15);
    private static final Duration NOTHING_FOR = Duration.ofSeconds(3);

    private static PushService pushService;
    private static ServiceRequests.Agent agent;

    @BeforeAll
    static void start() {
        var key = Api.get("/api/v1/push/key");
        assertEquals(200, key.status(), key::toString);
        pushService = PushService.start().expecting(key.json().getString("key"));
        agent = ServiceRequests.stadtwerkeAgent();
    }

    @AfterAll
    static void stop() {
        pushService.close();
    }

    @Test
    void an_answer_reaches_a_closed_app_encrypted_and_naming_only_the_company() throws Exception {
        var nora = Consumers.signUp("Nora", "Notiz");
        var conversation = request(nora, "Zählerstand Mai");
        var device = pushService.subscribe();

        var withoutConsent = subscribe(nora, UUID.randomUUID().toString(), device.subscription(false, "de"));
        assertEquals(409, withoutConsent.status(), withoutConsent::toString);
        assertEquals("/problems/consent-missing", withoutConsent.json().getString("type"));
        consent(nora, true);
        var subscribed = subscribe(nora, UUID.randomUUID().toString(), device.subscription(false, "de"));
        assertEquals(200, subscribed.status(), subscribed::toString);
        assertEquals("127.0.0.1", subscribed.json().getString("pushService"));
        ServiceRequests.send(agent.accessToken(), conversation, "Danke, Ihr Zählerstand ist angekommen.");

        var push = pushService.next(device, ARRIVES);

        assertNotNull(push, "a push within " + ARRIVES);
        assertNull(push.refused(), push::refused);
        assertEquals("Anliegen", push.notification().getString("title"));
        assertEquals(
                "Neue Antwort von Stadtwerke Musterstadt", push.notification().getString("body"));
        assertEquals("/app/#/conversations/" + conversation, push.notification().getString("link"));
        assertFalse(push.notification().toString().contains("Zählerstand"), "neither the subject nor the text");
        assertEquals(86 + WebPushEncryption.PAD_TO + 1 + 16, push.size(), "padded: every notification has one size");
        assertNotNull(push.topic(), "the push service keeps only the newest of a request for an offline device");
    }

    @Test
    void with_previews_a_push_names_the_subject_in_the_devices_language_never_the_text() throws Exception {
        var paul = subscribed("Paul", "Umzug im Juni", true, "en");
        ServiceRequests.send(agent.accessToken(), paul.conversation(), "Wir haben Ihre neue Adresse eingetragen.");

        var push = pushService.next(paul.device(), ARRIVES);

        assertNotNull(push);
        assertEquals("Stadtwerke Musterstadt", push.notification().getString("title"));
        assertEquals(
                "New answer to your request “Umzug im Juni”",
                push.notification().getString("body"));
        assertFalse(push.notification().toString().contains("Adresse"), "never the text");
    }

    @Test
    void an_app_that_is_open_gets_no_push_for_what_it_shows() throws Exception {
        var olga = subscribed("Olga", "Abschlag", false, "de");

        try (var app = StreamClient.ready(olga.consumer().accessToken(), null)) {
            ServiceRequests.send(agent.accessToken(), olga.conversation(), "Der Abschlag bleibt gleich.");
            app.next("message");

            assertNull(pushService.next(olga.device(), NOTHING_FOR), "the open app shows it");
        }
    }

    @Test
    void a_device_the_push_service_forgot_loses_its_subscription() throws Exception {
        var gina = subscribed("Gina", "Rechnung", false, "de");
        pushService.answer(gina.device(), 410);

        ServiceRequests.send(agent.accessToken(), gina.conversation(), "Die Rechnung ist unterwegs.");

        var until = System.nanoTime() + ARRIVES.toNanos();
        while (!subscriptions(gina.consumer()).isEmpty() && System.nanoTime() < until) {
            Thread.sleep(200);
        }
        assertEquals(0, subscriptions(gina.consumer()).size(), "forgotten after the push service's 410");
    }

    @Test
    void signing_out_or_withdrawing_the_consent_ends_the_subscription_and_nothing_is_sent() throws Exception {
        var sven = subscribed("Sven", "Zähler tauschen", false, "de");
        assertEquals(
                204,
                Api.delete("/api/v1/sessions/current", sven.consumer().accessToken())
                        .status());
        ServiceRequests.send(agent.accessToken(), sven.conversation(), "Termin ist am Montag.");
        assertNull(pushService.next(sven.device(), NOTHING_FOR), "signed out: that sign-in's device hears nothing");

        var wilma = subscribed("Wilma", "Tarif", true, "de");
        consent(wilma.consumer(), false);
        assertEquals(0, subscriptions(wilma.consumer()).size(), "no consent, no subscription");
        ServiceRequests.send(agent.accessToken(), wilma.conversation(), "Ihr Tarif ist der günstigste.");
        assertNull(pushService.next(wilma.device(), NOTHING_FOR), "without consent nothing is sent");
    }

    @Test
    void what_is_not_a_browsers_subscription_is_refused_naming_the_field() {
        var bert = Consumers.signUp("Bert", "Bad");
        consent(bert, true);
        var device = pushService.subscribe();
        var good = device.subscription(false, "de");
        var id = UUID.randomUUID().toString();

        assertField("id", subscribe(bert, "not-a-uuid", good));
        assertField(
                "p256dh",
                subscribe(
                        bert,
                        id,
                        with(
                                good,
                                "keys",
                                Json.createObjectBuilder()
                                        .add("p256dh", "BAAA")
                                        .add("auth", good.getJsonObject("keys").getString("auth"))
                                        .build())));
        assertField(
                "auth",
                subscribe(
                        bert,
                        id,
                        with(
                                good,
                                "keys",
                                Json.createObjectBuilder()
                                        .add(
                                                "p256dh",
                                                good.getJsonObject("keys").getString("p256dh"))
                                        .add("auth", "c2hvcnQ")
                                        .build())));
        assertField("endpoint", subscribe(bert, id, with(good, "endpoint", Json.createValue("ftp://127.0.0.1/x"))));
        assertField("language", subscribe(bert, id, with(good, "language", Json.createValue("fr"))));
        assertEquals(0, subscriptions(bert).size(), "nothing half-stored");
        assertEquals(
                204,
                Api.delete("/api/v1/me/push-subscriptions/" + id, bert.accessToken())
                        .status());
        assertEquals(
                401,
                Api.sendJson("PUT", "/api/v1/me/push-subscriptions/" + id, good.toString(), null)
                        .status());
    }

    /** A consumer with a request to the Stadtwerke, the consent, and one device with notifications on. */
    private static Subscribed subscribed(String firstName, String subject, boolean previews, String language) {
        var consumer = Consumers.signUp(firstName, "Push");
        var conversation = request(consumer, subject);
        consent(consumer, true);
        var device = pushService.subscribe();
        var reply = subscribe(consumer, UUID.randomUUID().toString(), device.subscription(previews, language));
        assertEquals(200, reply.status(), reply::toString);
        return new Subscribed(consumer, conversation, device);
    }

    private record Subscribed(SignedIn consumer, long conversation, Device device) {}

    private static long request(SignedIn consumer, String subject) {
        ServiceRequests.connect(consumer.accessToken(), STADTWERKE);
        return ServiceRequests.open(consumer.accessToken(), STADTWERKE, subject);
    }

    private static void consent(SignedIn consumer, boolean granted) {
        Consumers.consent(consumer, "notifications", granted);
    }

    private static Api.Reply subscribe(SignedIn consumer, String id, JsonObject body) {
        return Api.sendJson("PUT", "/api/v1/me/push-subscriptions/" + id, body.toString(), consumer.accessToken());
    }

    private static jakarta.json.JsonArray subscriptions(SignedIn consumer) {
        return Api.get("/api/v1/me/push-subscriptions", consumer.accessToken()).jsonArray();
    }

    private static JsonObject with(JsonObject body, String key, jakarta.json.JsonValue value) {
        return Json.createObjectBuilder(body).add(key, value).build();
    }

    private static void assertField(String field, Api.Reply reply) {
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(
                reply.json().getJsonArray("errors").stream()
                        .anyMatch(error -> field.equals(error.asJsonObject().getString("field"))),
                reply::toString);
    }
}
