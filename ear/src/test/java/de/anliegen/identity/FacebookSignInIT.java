package de.anliegen.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Api;
import de.anliegen.support.Api.Reply;
import de.anliegen.support.Consumers;
import de.anliegen.support.FacebookGraphServer;
import de.anliegen.support.FacebookGraphServer.Grant;
import de.anliegen.support.FacebookGraphServer.GraphCall;
import de.anliegen.support.ServiceRequests;
import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sign-in with Facebook against a server on loopback that imitates Facebook: the code of its login dialog exchanged by
 * our server (with PKCE), and a native app's token; every Graph API call with a token carries its appsecret_proof.
 */
class FacebookSignInIT extends AgainstTheProduct {

    private static FacebookGraphServer graph;

    @BeforeAll
    static void startGraph() {
        graph = FacebookGraphServer.start();
    }

    @AfterAll
    static void stopGraph() {
        graph.close();
    }

    @Test
    void the_server_says_where_an_app_sends_a_person_to_sign_in_with_facebook() {
        var dialog = Api.get("/api/v1/auth/facebook");

        assertEquals(200, dialog.status(), dialog::toString);
        assertTrue(dialog.json().getBoolean("offered"));
        assertEquals(FacebookGraphServer.APP_ID, dialog.json().getString("appId"));
        assertEquals(
                "http://127.0.0.1:" + FacebookGraphServer.PORT + "/v21.0/dialog/oauth",
                dialog.json().getString("url"));
        assertEquals("openid,public_profile,email", dialog.json().getString("scope"));
    }

    @Test
    void a_first_facebook_sign_in_registers_and_the_next_signs_in_the_same_consumer() {
        var userId = id();
        var address = userId + "@facebook.example.org";

        var first = signIn(graph.grant(userId, "Frieda", "Facebook", address));

        assertEquals(201, first.status(), first::toString);
        var consumer = first.json().getJsonObject("consumer");
        assertEquals("Frieda", consumer.getString("firstName"));
        assertEquals(address, consumer.getString("email"));
        assertFalse(consumer.containsKey("mobileNumber"), "no mobile number yet: the app asks for one");
        var accessToken = first.json().getJsonObject("tokens").getString("accessToken");
        assertEquals("Facebook", Api.get("/api/v1/me", accessToken).json().getString("lastName"));

        var again = signIn(graph.grant(userId, "Frieda", "Facebook", address));
        assertEquals(200, again.status(), again::toString);
        assertEquals(
                consumer.getInt("id"), again.json().getJsonObject("consumer").getInt("id"));
        var exchanged = graph.exchangedTokens();
        assertFalse(exchanged.isEmpty(), "our server exchanged the codes");
        for (var facebookToken : exchanged) {
            assertFalse(first.body().contains(facebookToken), "Facebook's token is never answered");
            assertFalse(again.body().contains(facebookToken), "Facebook's token is never answered");
        }
    }

    @Test
    void a_code_without_the_right_verifier_opens_no_session() {
        var grant = graph.grant(id(), "Kurt", "Kopiert", id() + "@facebook.example.org");

        var stolen = signIn(grant.withVerifier(FacebookGraphServer.newVerifier()));

        assertEquals(401, stolen.status(), stolen::toString);
        assertEquals("application/problem+json", stolen.contentType());
        assertEquals("/problems/facebook-code-invalid", stolen.json().getString("type"));
        assertFalse(stolen.json().containsKey("tokens"), stolen::toString);
        var elsewhere = signIn(new Grant(grant.code(), grant.codeVerifier(), Api.BASE + "/other/"));
        assertEquals(401, elsewhere.status(), "another redirect address than the dialog's: " + elsewhere);

        var owner = signIn(grant);
        assertEquals(201, owner.status(), "the tab that sent for the code, with its verifier: " + owner);
        var replayed = signIn(grant);
        assertEquals(401, replayed.status(), "a code works once: " + replayed);
        assertEquals("/problems/facebook-code-invalid", replayed.json().getString("type"));
    }

    @Test
    void a_missing_or_malformed_code_or_verifier_is_named_in_the_problem() {
        var grant = graph.grant(id(), "Feld", "Fehlt", null);
        var noCode = Json.createObjectBuilder()
                .add("codeVerifier", grant.codeVerifier())
                .add("redirectUri", grant.redirectUri())
                .build()
                .toString();
        var noVerifier = Json.createObjectBuilder()
                .add("code", grant.code())
                .add("redirectUri", grant.redirectUri())
                .build()
                .toString();
        var shortVerifier = grant.withVerifier("too-short").json();

        assertInvalidField(Api.post("/api/v1/auth/facebook/code", noCode), "code");
        assertInvalidField(Api.post("/api/v1/auth/facebook/code", noVerifier), "codeVerifier");
        assertInvalidField(Api.post("/api/v1/auth/facebook/code", shortVerifier), "codeVerifier");
        var consumer = Consumers.signUp("Feld", "Fehlt");
        assertInvalidField(
                Api.post("/api/v1/me/identities/facebook/code", noVerifier, consumer.accessToken()), "codeVerifier");
        assertInvalidField(
                Api.sendJson("DELETE", "/api/v1/me", "{\"facebook\":" + noVerifier + "}", consumer.accessToken()),
                "codeVerifier");
        assertEquals(200, Api.get("/api/v1/me", consumer.accessToken()).status(), "still there, still signed in");
    }

    @Test
    void every_graph_call_carries_the_appsecret_proof() throws Exception {
        graph.calls();
        var userId = id();
        assertEquals(
                201,
                signIn(graph.grant(userId, "Paula", "Proof", userId + "@facebook.example.org"))
                        .status());
        var token = token();
        graph.issue(token, userId, "Paula", "Proof", null);
        assertEquals(200, signInWithToken(token).status(), "a native app's token, the same person");

        var calls = graph.calls();

        assertEquals(
                List.of("/v21.0/debug_token", "/v21.0/me", "/v21.0/debug_token", "/v21.0/me"),
                calls.stream().map(GraphCall::path).toList(),
                "a token is checked for our app, then asked whose it is");
        assertTrue(calls.stream().allMatch(GraphCall::proven), calls::toString);
        // and the imitation does refuse a call without it, as Facebook does for an app that requires the proof
        var exchanged = graph.exchangedTokens().get(graph.exchangedTokens().size() - 1);
        assertEquals(400, graphStatus("/v21.0/me?fields=id&access_token=" + exchanged));
        assertEquals(
                200,
                graphStatus("/v21.0/me?fields=id&access_token=" + exchanged + "&appsecret_proof="
                        + FacebookGraphServer.proofOf(exchanged)));
    }

    @Test
    void a_native_apps_token_expired_or_for_another_app_is_refused() {
        var expired = token();
        graph.issueExpired(expired, id());
        var foreign = token();
        graph.issueForAnotherApp(foreign, id());

        for (var token : new String[] {expired, foreign, "never-issued"}) {
            var reply = signInWithToken(token);

            assertEquals(401, reply.status(), reply::toString);
            assertEquals("/problems/facebook-token-invalid", reply.json().getString("type"));
        }
    }

    @Test
    void when_facebook_fails_the_app_hears_503() {
        var grant = graph.grant(id(), "Fritz", "Fehler", null);
        graph.fail(true);
        try {
            var reply = signIn(grant);

            assertEquals(503, reply.status(), reply::toString);
            assertEquals("application/problem+json", reply.contentType());
        } finally {
            graph.fail(false);
        }
    }

    @Test
    void without_an_e_mail_from_facebook_the_app_is_asked_to_get_one() {
        var reply = signIn(graph.grant(id(), "Ohne", "Adresse", null));

        assertEquals(400, reply.status(), reply::toString);
        assertEquals("/problems/email-required", reply.json().getString("type"));
        assertEquals(
                "email", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void a_consumer_links_facebook_signs_in_with_it_and_unlinks_it_again() {
        var gustav = Consumers.signUp("Gustav", "Verknüpft");
        var userId = id();

        var link = Api.post(
                "/api/v1/me/identities/facebook/code",
                graph.grant(userId, "Gustav", "Verknüpft", null).json(),
                gustav.accessToken());
        assertEquals(204, link.status(), link::toString);
        var viaFacebook = signIn(graph.grant(userId, "Gustav", "Verknüpft", null));
        assertEquals(200, viaFacebook.status(), viaFacebook::toString);
        assertEquals(
                gustav.id(),
                viaFacebook.json().getJsonObject("consumer").getJsonNumber("id").longValue());

        var unlinked = Api.delete("/api/v1/me/identities/facebook", gustav.accessToken());

        assertEquals(200, unlinked.status(), unlinked::toString);
        assertTrue(unlinked.json().getBoolean("passwordRequired"), "no password of his own yet");
        assertTrue(unlinked.json().getString("detail").contains("forgot password"), unlinked::toString);
        assertEquals(
                404,
                Api.delete("/api/v1/me/identities/facebook", gustav.accessToken())
                        .status());
        assertEquals(
                400,
                signIn(graph.grant(userId, "Gustav", "Verknüpft", null)).status(),
                "the Facebook account no longer leads to Gustav");
    }

    @Test
    void a_facebook_account_linked_elsewhere_cannot_be_linked_again() {
        var userId = id();
        assertEquals(
                201,
                signIn(graph.grant(userId, "Erste", "Person", id() + "@facebook.example.org"))
                        .status());
        var other = Consumers.signUp("Zweite", "Person");
        var token = token();
        graph.issue(token, userId, "Erste", "Person", null);

        var byCode = Api.post(
                "/api/v1/me/identities/facebook/code",
                graph.grant(userId, "Erste", "Person", null).json(),
                other.accessToken());
        var byToken = Api.post("/api/v1/me/identities/facebook", json("accessToken", token), other.accessToken());

        assertEquals(409, byCode.status(), byCode::toString);
        assertEquals(409, byToken.status(), "a native app's token, too: " + byToken);
    }

    @Test
    void a_consumer_registered_with_facebook_deletes_the_profile_with_a_fresh_confirmation_by_facebook() {
        var userId = id();
        var signedIn = signIn(graph.grant(userId, "Hilde", "Löschen", id() + "@facebook.example.org"))
                .json();
        var accessToken = signedIn.getJsonObject("tokens").getString("accessToken");

        var wrongAccount = delete(accessToken, graph.grant(id(), "Fremd", "Konto", null));
        assertEquals(400, wrongAccount.status(), wrongAccount::toString);
        assertEquals("/problems/wrong-facebook-account", wrongAccount.json().getString("type"));
        var refused = delete(
                accessToken,
                graph.grant(userId, "Hilde", "Löschen", null).withVerifier(FacebookGraphServer.newVerifier()));
        assertEquals(400, refused.status(), "Facebook's refusal is bad input, not a dead session: " + refused);
        assertEquals("/problems/facebook-code-invalid", refused.json().getString("type"));
        var old = token();
        graph.issueHoursAgo(old, userId, "Hilde", "Löschen", null);
        var stale = Api.sendJson("DELETE", "/api/v1/me", json("facebookAccessToken", old), accessToken);
        assertEquals(400, stale.status(), stale::toString);
        assertEquals("/problems/facebook-token-stale", stale.json().getString("type"));
        assertEquals(200, Api.get("/api/v1/me", accessToken).status(), "still signed in");

        var deleted = delete(accessToken, graph.grant(userId, "Hilde", "Löschen", null));

        assertEquals(204, deleted.status(), deleted::toString);
        assertEquals(401, Api.get("/api/v1/me", accessToken).status());
        var afresh = signIn(graph.grant(userId, "Hilde", "Löschen", id() + "@facebook.example.org"));
        assertEquals(201, afresh.status(), "the key went with the profile: Facebook now registers anew");
    }

    @Test
    void a_consumer_without_a_mobile_number_is_asked_for_one_before_writing_to_a_company() {
        var userId = id();
        var accessToken = signIn(graph.grant(userId, "Nina", "Nummerlos", userId + "@facebook.example.org"))
                .json()
                .getJsonObject("tokens")
                .getString("accessToken");
        ServiceRequests.connect(accessToken, ServiceRequests.STADTWERKE);

        var opened = ServiceRequests.open(
                accessToken, ServiceRequests.STADTWERKE, "Frage", "Hallo", ServiceRequests.newId());

        assertEquals(409, opened.status(), opened::toString);
        assertEquals("/problems/mobile-number-required", opened.json().getString("type"));
        assertEquals(0, Api.get("/api/v1/conversations", accessToken).json().getInt("total"));
    }

    private static void assertInvalidField(Reply reply, String field) {
        assertEquals(400, reply.status(), reply::toString);
        assertEquals("application/problem+json", reply.contentType());
        assertEquals("/problems/invalid", reply.json().getString("type"));
        assertTrue(
                reply.json().getJsonArray("errors").stream()
                        .anyMatch(error -> field.equals(error.asJsonObject().getString("field"))),
                () -> field + " named in " + reply);
    }

    /** The status the imitated Graph API answers this address with, asked directly (not through the product). */
    private static int graphStatus(String pathAndQuery) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://127.0.0.1:" + FacebookGraphServer.PORT + pathAndQuery))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static Reply delete(String accessToken, Grant grant) {
        return Api.sendJson("DELETE", "/api/v1/me", "{\"facebook\":" + grant.json() + "}", accessToken);
    }

    private static Reply signIn(Grant grant) {
        return Api.post("/api/v1/auth/facebook/code", grant.json());
    }

    private static Reply signInWithToken(String token) {
        return Api.post("/api/v1/auth/facebook", json("accessToken", token));
    }

    private static String json(String name, String value) {
        return Json.createObjectBuilder().add(name, value).build().toString();
    }

    private static String token() {
        return "EAAG" + UUID.randomUUID().toString().replace("-", "");
    }

    private static String id() {
        return String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits()));
    }
}
