package de.anliegen.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Api;
import de.anliegen.support.Consumers;
import de.anliegen.support.OnEveryDatabase;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;

/** Tokens of the app: bearer access tokens, rotating refresh tokens, sign-out here and everywhere. */
@OnEveryDatabase
class ConsumerSessionsIT extends AgainstTheProduct {

    @Test
    void without_a_token_the_api_answers_401_with_a_bearer_challenge() {
        var reply = Api.get("/api/v1/me");

        assertEquals(401, reply.status(), reply::toString);
        assertEquals("Bearer", reply.header("WWW-Authenticate").orElse(""));
        assertEquals("application/problem+json", reply.contentType());
    }

    @Test
    void an_unknown_token_answers_401_invalid_token() {
        var reply = Api.get("/api/v1/me", "not-a-token");

        assertEquals(401, reply.status(), reply::toString);
        assertTrue(reply.header("WWW-Authenticate").orElse("").contains("invalid_token"), reply::toString);
        assertEquals("/problems/invalid-token", reply.json().getString("type"));
    }

    @Test
    void a_refresh_gives_new_tokens_and_uses_up_the_old_ones() {
        var anna = Consumers.signUp("Anna", "Refresh");
        assertEquals(200, Api.get("/api/v1/me", anna.accessToken()).status(), "in use until the refresh");

        var refreshed = refresh(anna.refreshToken());

        assertEquals(200, refreshed.status(), refreshed::toString);
        var access = refreshed.json().getString("accessToken");
        var refresh = refreshed.json().getString("refreshToken");
        assertNotEquals(anna.accessToken(), access);
        assertNotEquals(anna.refreshToken(), refresh);
        assertEquals(200, Api.get("/api/v1/me", access).status());
        assertEquals(401, Api.get("/api/v1/me", anna.accessToken()).status(), "the old access token stops working");
    }

    @Test
    void a_refresh_whose_answer_was_lost_is_repeated_once_and_an_older_token_still_ends_the_session() {
        var anna = Consumers.signUp("Anna", "Funkloch");
        var lost = refresh(anna.refreshToken()).json();
        assertEquals(200, Api.get("/api/v1/me", lost.getString("accessToken")).status());

        // the answer never reached the app (a phone between networks): it tries again with the token it holds
        var retried = refresh(anna.refreshToken());

        assertEquals(200, retried.status(), retried::toString);
        var pair = retried.json();
        assertEquals(200, Api.get("/api/v1/me", pair.getString("accessToken")).status());
        assertEquals(401, Api.get("/api/v1/me", lost.getString("accessToken")).status(), "the lost pair is replaced");

        // the same token once more is two refreshes back now: someone else's copy, and the session ends
        var replay = refresh(anna.refreshToken());
        assertEquals(401, replay.status(), replay::toString);
        assertEquals("/problems/invalid-refresh-token", replay.json().getString("type"));
        assertEquals(401, Api.get("/api/v1/me", pair.getString("accessToken")).status(), "the newest pair is dead too");
        assertEquals(401, refresh(pair.getString("refreshToken")).status());
    }

    @Test
    void a_thief_and_the_app_cannot_share_a_session_by_retrying_each_others_replaced_tokens() {
        var nora = Consumers.signUp("Nora", "Kopie");
        var thiefs = refresh(nora.refreshToken()).json();

        // the app, its access token replaced by the thief's refresh, retries with the token it holds: allowed once
        var apps = refresh(nora.refreshToken());
        assertEquals(200, apps.status(), apps::toString);

        // the thief's token, replaced by that retry, renews nothing: it ends the session for both
        var thiefsRetry = refresh(thiefs.getString("refreshToken"));
        assertEquals(401, thiefsRetry.status(), thiefsRetry::toString);
        assertEquals(
                401, Api.get("/api/v1/me", apps.json().getString("accessToken")).status(), "the session has ended");
    }

    @Test
    void any_earlier_refresh_token_presented_again_ends_the_session_and_a_made_up_one_ends_nothing() {
        var bert = Consumers.signUp("Bert", "Generationen");
        var first = bert.refreshToken();
        var second = refresh(first).json().getString("refreshToken");
        var third = refresh(second).json();
        var family = first.substring(0, first.indexOf('.'));
        assertTrue(third.getString("refreshToken").startsWith(family + "."), "one family: " + third);

        // a token of no session's family is refused, and signs no one out
        var madeUp = refresh("B".repeat(43) + "." + "A".repeat(43));
        assertEquals(401, madeUp.status(), madeUp::toString);
        assertEquals(200, Api.get("/api/v1/me", third.getString("accessToken")).status());

        // the first token, two generations back, comes again: whoever holds the newest pair is signed out too
        var replay = refresh(first);
        assertEquals(401, replay.status(), replay::toString);
        assertEquals("/problems/invalid-refresh-token", replay.json().getString("type"));
        assertEquals(401, Api.get("/api/v1/me", third.getString("accessToken")).status());
        assertEquals(401, refresh(third.getString("refreshToken")).status());
    }

    @Test
    void signing_out_ends_this_app_only() {
        var number = Consumers.newMobileNumber();
        var phone = signIn("Berta", number);
        var tablet = signIn("Berta", number);

        var signOut = Api.delete("/api/v1/sessions/current", phone);

        assertEquals(204, signOut.status(), signOut::toString);
        assertEquals(401, Api.get("/api/v1/me", phone).status());
        assertEquals(200, Api.get("/api/v1/me", tablet).status());
    }

    @Test
    void signing_out_everywhere_ends_every_app() {
        var number = Consumers.newMobileNumber();
        var phone = signIn("Carl", number);
        var tablet = signIn("Carl", number);
        assertEquals(200, Api.get("/api/v1/me", tablet).status(), "in use until the sign-out everywhere");

        assertEquals(204, Api.delete("/api/v1/sessions", phone).status());

        assertEquals(401, Api.get("/api/v1/me", phone).status());
        assertEquals(401, Api.get("/api/v1/me", tablet).status());
    }

    @Test
    void the_api_never_takes_a_cookie_in_place_of_a_token() {
        var anna = Consumers.signUp("Anna", "Cookie");
        var me = Api.get("/api/v1/me", anna.accessToken());
        assertTrue(me.header("Set-Cookie").isEmpty(), "no session cookie from the API: " + me.header("Set-Cookie"));

        var withCookieOnly = Api.send(Api.request("/api/v1/me")
                .header("Cookie", "__Host-anliegen-session=" + anna.accessToken())
                .GET()
                .build());
        assertEquals(401, withCookieOnly.status());
    }

    private static Api.Reply refresh(String refreshToken) {
        return Api.post(
                "/api/v1/sessions/refresh",
                Json.createObjectBuilder()
                        .add("refreshToken", refreshToken)
                        .build()
                        .toString());
    }

    private static String signIn(String name, String number) {
        var registration = Consumers.register(name, "Device", number).json();
        var verified = Consumers.verify(registration.getString("id"), Consumers.codeSentTo(number));
        return verified.json().getJsonObject("tokens").getString("accessToken");
    }
}
