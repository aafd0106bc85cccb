package de.anliegen.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Api;
import de.anliegen.support.Api.Reply;
import de.anliegen.support.Consumers;
import de.anliegen.support.FacebookGraphServer;
import de.anliegen.support.ServiceRequests;
import jakarta.json.Json;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sign-in with Facebook against a server on loopback that imitates the Graph API. */
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
        assertEquals("public_profile,email", dialog.json().getString("scope"));
    }

    @Test
    void a_first_facebook_sign_in_registers_and_the_next_signs_in_the_same_consumer() {
        var token = token();
        var userId = id();
        var address = userId + "@facebook.example.org";
        graph.issue(token, userId, "Frieda", "Facebook", address);

        var first = signIn(token);

        assertEquals(201, first.status(), first::toString);
        var consumer = first.json().getJsonObject("consumer");
        assertEquals("Frieda", consumer.getString("firstName"));
        assertEquals(address, consumer.getString("email"));
        assertFalse(consumer.containsKey("mobileNumber"), "no mobile number yet: the app asks for one");
        var accessToken = first.json().getJsonObject("tokens").getString("accessToken");
        assertEquals("Facebook", Api.get("/api/v1/me", accessToken).json().getString("lastName"));

        var again = signIn(token);
        assertEquals(200, again.status(), again::toString);
        assertEquals(
                consumer.getInt("id"), again.json().getJsonObject("consumer").getInt("id"));
    }

    @Test
    void an_expired_token_or_one_for_another_app_is_refused() {
        var expired = token();
        graph.issueExpired(expired, id());
        var foreign = token();
        graph.issueForAnotherApp(foreign, id());

        for (var token : new String[] {expired, foreign, "never-issued"}) {
            var reply = signIn(token);

            assertEquals(401, reply.status(), reply::toString);
            assertEquals("/problems/facebook-token-invalid", reply.json().getString("type"));
        }
    }

    @Test
    void when_facebook_fails_the_app_hears_503() {
        var token = token();
        graph.issue(token, id(), "Fritz", "Fehler", null);
        graph.fail(true);
        try {
            var reply = signIn(token);

            assertEquals(503, reply.status(), reply::toString);
            assertEquals("application/problem+json", reply.contentType());
        } finally {
            graph.fail(false);
        }
    }

    @Test
    void without_an_e_mail_from_facebook_the_app_is_asked_to_get_one() {
        var token = token();
        graph.issue(token, id(), "Ohne", "Adresse", null);

        var reply = signIn(token);

        assertEquals(400, reply.status(), reply::toString);
        assertEquals("/problems/email-required", reply.json().getString("type"));
        assertEquals(
                "email", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void a_consumer_links_facebook_signs_in_with_it_and_unlinks_it_again() {
        var gustav = Consumers.signUp("Gustav", "Verknüpft");
        var token = token();
        graph.issue(token, id(), "Gustav", "Verknüpft", null);

        var link = Api.post("/api/v1/me/identities/facebook", json("accessToken", token), gustav.accessToken());
        assertEquals(204, link.status(), link::toString);
        var viaFacebook = signIn(token);
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
        assertEquals(400, signIn(token).status(), "the Facebook account no longer leads to Gustav");
    }

    @Test
    void a_facebook_account_linked_elsewhere_cannot_be_linked_again() {
        var token = token();
        graph.issue(token, id(), "Erste", "Person", id() + "@facebook.example.org");
        assertEquals(201, signIn(token).status());
        var other = Consumers.signUp("Zweite", "Person");

        var reply = Api.post("/api/v1/me/identities/facebook", json("accessToken", token), other.accessToken());

        assertEquals(409, reply.status(), reply::toString);
    }

    @Test
    void a_consumer_registered_with_facebook_deletes_the_profile_with_a_fresh_facebook_token() {
        var token = token();
        var userId = id();
        graph.issue(token, userId, "Hilde", "Löschen", id() + "@facebook.example.org");
        var signedIn = signIn(token).json();
        var accessToken = signedIn.getJsonObject("tokens").getString("accessToken");
        var stranger = token();
        graph.issue(stranger, id(), "Fremd", "Konto", null);

        var wrongAccount = delete(accessToken, stranger);
        assertEquals(400, wrongAccount.status(), wrongAccount::toString);
        var old = token();
        graph.issueHoursAgo(old, userId, "Hilde", "Löschen", null);
        var stale = delete(accessToken, old);
        assertEquals(400, stale.status(), stale::toString);
        assertEquals("/problems/facebook-token-stale", stale.json().getString("type"));
        var expired = token();
        graph.issueExpired(expired, id());
        var refused = delete(accessToken, expired);
        assertEquals(400, refused.status(), "Facebook's refusal is bad input, not a dead session: " + refused);
        assertEquals(200, Api.get("/api/v1/me", accessToken).status(), "still signed in");

        var deleted = delete(accessToken, token);

        assertEquals(204, deleted.status(), deleted::toString);
        assertEquals(401, Api.get("/api/v1/me", accessToken).status());
        var afresh = signIn(token);
        assertEquals(201, afresh.status(), "the key went with the profile: Facebook now registers anew");
    }

    @Test
    void a_consumer_without_a_mobile_number_is_asked_for_one_before_writing_to_a_company() {
        var token = token();
        var userId = id();
        graph.issue(token, userId, "Nina", "Nummerlos", userId + "@facebook.example.org");
        var accessToken = signIn(token).json().getJsonObject("tokens").getString("accessToken");
        ServiceRequests.connect(accessToken, ServiceRequests.STADTWERKE);

        var opened = ServiceRequests.open(
                accessToken, ServiceRequests.STADTWERKE, "Frage", "Hallo", ServiceRequests.newId());

        assertEquals(409, opened.status(), opened::toString);
        assertEquals("/problems/mobile-number-required", opened.json().getString("type"));
        assertEquals(0, Api.get("/api/v1/conversations", accessToken).json().getInt("total"));
    }

    private static Reply delete(String accessToken, String facebookToken) {
        return Api.sendJson("DELETE", "/api/v1/me", json("facebookAccessToken", facebookToken), accessToken);
    }

    private static Reply signIn(String token) {
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
