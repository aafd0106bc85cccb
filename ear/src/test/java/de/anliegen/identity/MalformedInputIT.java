package de.anliegen.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Api;
import de.anliegen.support.Api.Reply;
import de.anliegen.support.Consumers;
import de.anliegen.support.FacebookGraphServer;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Bad input gets a clear problem document: never a 500, never a stack trace, never an HTML page. */
class MalformedInputIT extends AgainstTheProduct {

    private static final List<String> SHAPES = List.of(
            "",
            "{",
            "}",
            "null",
            "[]",
            "42",
            "\"text\"",
            "{\"firstName\":}",
            "{\"firstName\":\"Anna\",}",
            "{\"firstName\":1,\"lastName\":2,\"mobileNumber\":3}",
            "{\"firstName\":[\"Anna\"],\"lastName\":{},\"mobileNumber\":true}",
            "{\"firstName\":null,\"lastName\":null,\"mobileNumber\":null}",
            "{\"code\":123456}",
            "{\"code\":\"12345\"}",
            "{\"code\":\"1234567\"}",
            "{\"code\":\"\\u0000\\u0000\\u0000\\u0000\\u0000\\u0000\"}",
            "{\"refreshToken\":\"\"}",
            "{\"refreshToken\":{\"$ne\":null}}",
            "{\"login\":\"0151 23456789\",\"password\":\"' OR '1'='1\"}",
            "{\"login\":\"\",\"password\":null}",
            "{\"accessToken\":\"' OR 1=1 --\"}",
            "{\"code\":\"AQ' OR 1=1 --\",\"codeVerifier\":\"" + "v".repeat(43)
                    + "\",\"redirectUri\":\"javascript:alert(1)\"}",
            "{\"code\":\"\",\"codeVerifier\":null,\"redirectUri\":\"" + Api.BASE + "/app/\"}",
            "{\"email\":\"not-an-address\"}",
            "{\"token\":\"" + "t".repeat(500) + "\"}",
            "{\"firstName\":\"Anna\",\"lastName\":\"Schmidt\",\"mobileNumber\":\"0151 23456789\",\"admin\":true}",
            "{\"firstName\":\"" + "A".repeat(5000) + "\",\"lastName\":\"B\",\"mobileNumber\":\"x\"}",
            "{\"firstName\":\"\\ud800\",\"lastName\":\"\\udfff\",\"mobileNumber\":\"\\u202e0151\"}",
            "{\"a\":" + "[".repeat(2000) + "]".repeat(2000) + "}",
            "<registration><firstName>Anna</firstName></registration>",
            "firstName=Anna&lastName=Schmidt");

    private static final List<String> TARGETS = List.of(
            "/api/v1/registrations",
            "/api/v1/registrations/%s/verification",
            "/api/v1/registrations/%s/resend",
            "/api/v1/sessions/refresh",
            "/api/v1/sessions",
            "/api/v1/auth/facebook",
            "/api/v1/auth/facebook/code",
            "/api/v1/password-reset",
            "/api/v1/password-reset/new-password",
            "/api/v1/email-confirmations");

    @Test
    void many_malformed_bodies_never_cause_a_server_error() {
        try (var graph = FacebookGraphServer.start()) {
            sendAll();
        }
    }

    private void sendAll() {
        var registration = Consumers.register("Fuzz", "Target", Consumers.newMobileNumber())
                .json()
                .getString("id");
        var random = new Random(20261125L);
        var bodies = new ArrayList<>(SHAPES);
        for (var i = 0; i < 60; i++) {
            bodies.add(mutate(SHAPES.get(random.nextInt(SHAPES.size())), random));
        }
        var contentTypes =
                List.of("application/json", "application/json; charset=UTF-8", "text/plain", "application/xml");

        var sent = 0;
        for (var target : TARGETS) {
            var path = target.formatted(registration);
            for (var body : bodies) {
                var contentType = contentTypes.get(random.nextInt(contentTypes.size()));
                assertProblemOrSuccess(Api.send("POST", path, contentType, body));
                sent++;
            }
        }
        assertTrue(sent > 600, "sent " + sent);
    }

    @Test
    void an_unknown_field_is_refused_not_ignored() {
        var reply = Api.post(
                "/api/v1/registrations",
                "{\"firstName\":\"Anna\",\"lastName\":\"Schmidt\",\"mobileNumber\":\"0151 23456789\",\"role\":\"admin\"}");

        assertEquals(400, reply.status(), reply::toString);
        assertEquals("/problems/unreadable-body", reply.json().getString("type"));
    }

    @Test
    void a_json_body_over_256_kib_is_refused_with_413() {
        var reply = Api.post("/api/v1/registrations", "{\"firstName\":\"" + "A".repeat(270_000) + "\"}");

        assertEquals(413, reply.status(), reply::toString);
        assertEquals("application/problem+json", reply.contentType());
    }

    @Test
    void a_json_body_over_256_kib_without_a_length_is_refused_with_413_too() {
        var body = ("{\"firstName\":\"" + "A".repeat(300_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        var reply = Api.send(Api.request("/api/v1/registrations")
                .header("Content-Type", "application/json")
                // a stream of unknown length: sent without Content-Length, as a client that streams does
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build());

        assertEquals(413, reply.status(), reply::toString);
        assertEquals("application/problem+json", reply.contentType());
    }

    @Test
    void a_query_parameter_of_the_wrong_type_is_a_400_naming_it_and_a_path_id_of_the_wrong_type_a_404() {
        var consumer = Consumers.signUp("Quentin", "Query");
        var reply = Api.get("/api/v1/conversations?limit=x", consumer.accessToken());

        assertEquals(400, reply.status(), reply::toString);
        assertEquals("/problems/invalid", reply.json().getString("type"));
        assertEquals(
                "limit", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(
                404,
                Api.get("/api/v1/conversations/abc", consumer.accessToken()).status());
        // the filters of a company's inbox mean nothing in a consumer's list: refused, not ignored
        var filtered = Api.get("/api/v1/conversations?status=bogus", consumer.accessToken());
        assertEquals(400, filtered.status(), filtered::toString);
        assertEquals(
                "status",
                filtered.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void the_longest_logins_are_wrong_credentials_not_a_server_error() {
        var staff =
                Api.post("/api/v1/staff/sessions", "{\"email\":\"" + "a".repeat(310) + "@x.de\",\"password\":\"x\"}");
        assertEquals(401, staff.status(), staff::toString);
        // lower case makes two characters of each İ
        var consumer = Api.post("/api/v1/sessions", "{\"login\":\"" + "İ".repeat(320) + "\",\"password\":\"x\"}");
        assertEquals(401, consumer.status(), consumer::toString);
    }

    @Test
    void the_wrong_content_type_is_refused_with_415() {
        var reply = Api.send("POST", "/api/v1/registrations", "text/plain", "{}");

        assertEquals(415, reply.status(), reply::toString);
        assertEquals("application/problem+json", reply.contentType());
    }

    private static void assertProblemOrSuccess(Reply reply) {
        assertTrue(reply.status() < 500, reply::toString);
        if (reply.status() >= 400) {
            assertEquals("application/problem+json", reply.contentType(), reply::toString);
            var problem = reply.json();
            assertEquals(reply.status(), problem.getInt("status"), reply::toString);
            assertFalse(problem.getString("detail").isBlank());
        }
        assertFalse(reply.body().contains("Exception"), reply::toString);
        assertFalse(reply.body().contains("\tat "), reply::toString);
    }

    private static String mutate(String body, Random random) {
        if (body.isEmpty()) {
            return "{";
        }
        var chars = body.toCharArray();
        for (var i = 0; i < 1 + random.nextInt(4); i++) {
            chars[random.nextInt(chars.length)] = (char) random.nextInt(0x80);
        }
        var mutated = new String(chars);
        return random.nextBoolean() ? mutated : mutated.substring(0, random.nextInt(mutated.length() + 1));
    }
}
