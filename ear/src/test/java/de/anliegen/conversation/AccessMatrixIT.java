package de.anliegen.conversation;

import static de.anliegen.support.ServiceRequests.STADTWERKE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Api;
import de.anliegen.support.Consumers;
import de.anliegen.support.ServiceRequests;
import de.anliegen.support.StreamClient;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of a conversation, tried by every wrong principal: another consumer, an agent of another company,
 * no one, and a token that no longer works. None of them learns anything, not even that the conversation exists:
 * the answer for it is the answer for an id that was never given out.
 */
class AccessMatrixIT extends AgainstTheProduct {

    private static final String SUBJECT = "Streng vertraulich";
    private static final String TEXT = "Meine Kontonummer ist DE02 1203 0000 0000 2020 51";
    private static final long NEVER_GIVEN_OUT = 9_000_000_000L;

    @Test
    void no_wrong_principal_reaches_a_conversation_through_any_endpoint_or_the_stream() {
        var owner = Consumers.signUp("Olga", "Eigentümerin");
        ServiceRequests.connect(owner.accessToken(), STADTWERKE);
        var id = ServiceRequests.open(owner.accessToken(), STADTWERKE, SUBJECT);
        ServiceRequests.send(owner.accessToken(), id, TEXT);
        var upload =
                Attachments.upload(owner.accessToken(), id, "application/pdf", "konto.pdf", "%PDF-1.4\n".getBytes());
        var attachment = upload.json().getJsonNumber("id").longValue();
        ServiceRequests.send(ServiceRequests.stadtwerkeAgent().accessToken(), id, "Antwort");

        var otherConsumer = Consumers.signUp("Otto", "Fremd");
        ServiceRequests.connect(otherConsumer.accessToken(), STADTWERKE);
        var signedOut = Consumers.signUp("Sigrid", "Abgemeldet");
        assertEquals(
                204,
                Api.delete("/api/v1/sessions/current", signedOut.accessToken()).status());
        Map<String, String> principals = new LinkedHashMap<>();
        principals.put("another consumer", otherConsumer.accessToken());
        principals.put(
                "an agent of another company", ServiceRequests.baeckereiAgent().accessToken());
        principals.put("no one", null);
        principals.put("a token that no longer works", signedOut.accessToken());

        try (var otherApp = StreamClient.ready(otherConsumer.accessToken(), 0L);
                var otherCompany =
                        StreamClient.ready(ServiceRequests.baeckereiAgent().accessToken(), 0L)) {
            for (var principal : principals.entrySet()) {
                for (var endpoint : endpoints(attachment)) {
                    var real = call(endpoint, id, principal.getValue());
                    var never = call(endpoint, NEVER_GIVEN_OUT, principal.getValue());
                    var what = principal.getKey() + ": " + endpoint.method() + " " + endpoint.path();
                    assertEquals(never.status(), real.status(), what + " tells the conversation exists: " + real);
                    assertTrue(List.of(401, 403, 404).contains(real.status()), what + " answered " + real);
                    assertFalse(
                            real.body().contains(SUBJECT) || real.body().contains("DE02"), what + " leaked: " + real);
                }
                if (principal.getValue() != null && principal.getKey().startsWith("an")) {
                    var list = Api.get("/api/v1/conversations?limit=100", principal.getValue());
                    assertFalse(list.body().contains(SUBJECT), principal.getKey() + " lists it: " + list);
                }
            }
            ServiceRequests.send(owner.accessToken(), id, "Noch etwas Vertrauliches");
            assertNoEventOf(otherApp, id);
            assertNoEventOf(otherCompany, id);
        }
        var ownersView = ServiceRequests.conversation(owner.accessToken(), id);
        assertEquals(4, ownersView.getInt("lastSeq"), "nothing was added by anyone else");
        assertEquals("open", ownersView.getString("status"));
    }

    private static void assertNoEventOf(StreamClient stream, long conversation) {
        JsonObject event;
        while ((event = stream.poll(Duration.ofSeconds(2))) != null) {
            assertFalse(event.toString().contains(SUBJECT), "the stream leaked " + event);
            assertFalse(event.toString().contains("\"conversationId\":" + conversation), "the stream leaked " + event);
        }
    }

    private static List<Endpoint> endpoints(long attachment) {
        var message = "{\"clientMessageId\":\"" + ServiceRequests.newId() + "\",\"text\":\"eingeschleust\"}";
        return List.of(
                new Endpoint("GET", "", null),
                new Endpoint("GET", "/messages?after=0&limit=50", null),
                new Endpoint("POST", "/messages", message),
                new Endpoint("POST", "/read", "{\"upTo\":3}"),
                new Endpoint("POST", "/delivered", "{\"upTo\":3}"),
                new Endpoint("POST", "/typing", ""),
                new Endpoint("PUT", "/status", "{\"status\":\"resolved\"}"),
                new Endpoint("PUT", "/assignee", "{\"agentId\":null}"),
                new Endpoint("POST", "/close", "{}"),
                new Endpoint("GET", "/attachments/" + attachment, null),
                new Endpoint("POST", "/attachments?name=x.pdf", "%PDF-1.4\n"));
    }

    private static Api.Reply call(Endpoint endpoint, long conversation, String token) {
        var builder = Api.request("/api/v1/conversations/" + conversation + endpoint.path());
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (endpoint.body() == null) {
            builder.method(endpoint.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header(
                            "Content-Type",
                            endpoint.path().startsWith("/attachments") ? "application/pdf" : "application/json")
                    .method(endpoint.method(), BodyPublishers.ofString(endpoint.body()));
        }
        return Api.send(builder.build());
    }

    private record Endpoint(String method, String path, String body) {}
}
