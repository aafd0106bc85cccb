package de.anliegen.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Api;
import de.anliegen.support.Api.Reply;
import de.anliegen.support.Consumers;
import de.anliegen.support.Parallel;
import jakarta.json.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A consumer may choose a password and sign in with mobile number and password. */
class PasswordSignInIT extends AgainstTheProduct {

    private static final String STRONG = "Kaffeekanne-Nordsee-42";

    @Test
    void a_consumer_chooses_a_password_and_signs_in_with_the_number_as_typed() {
        var anna = Consumers.signUp("Anna", "Passwort");

        assertEquals(204, choose(anna.accessToken(), null, STRONG).status());
        assertTrue(Api.get("/api/v1/me", anna.accessToken()).json().getBoolean("hasPassword"));

        var typed = "0" + anna.mobileNumber().substring(3, 6) + " "
                + anna.mobileNumber().substring(6);
        var signedIn = Consumers.signInWithPassword(typed, STRONG);
        assertEquals(200, signedIn.status(), signedIn::toString);
        assertEquals(
                anna.id(),
                signedIn.json().getJsonObject("consumer").getJsonNumber("id").longValue());
        var token = signedIn.json().getJsonObject("tokens").getString("accessToken");
        assertEquals(200, Api.get("/api/v1/me", token).status());
    }

    @Test
    void short_and_common_passwords_are_refused_naming_the_field() {
        var ben = Consumers.signUp("Ben", "Schwach");

        for (var weak : new String[] {"kurz", "123456789", "password123", "Qwertyuiop1"}) {
            var reply = choose(ben.accessToken(), null, weak);

            assertEquals(400, reply.status(), weak + ": " + reply);
            assertEquals("/problems/weak-password", reply.json().getString("type"));
            assertEquals(
                    "newPassword",
                    reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        }
    }

    @Test
    void changing_a_password_needs_the_current_one() {
        var cara = Consumers.signUp("Cara", "Wechsel");
        choose(cara.accessToken(), null, STRONG);

        var without = choose(cara.accessToken(), null, "Leuchtturm-Sylt-2026");
        assertEquals(400, without.status(), without::toString);
        // missing, not wrong: nothing counts against the account, and the app can ask for it
        assertEquals("/problems/invalid", without.json().getString("type"));
        assertEquals(
                "currentPassword",
                without.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        assertEquals(
                204, choose(cara.accessToken(), STRONG, "Leuchtturm-Sylt-2026").status());
        assertEquals(
                401,
                Consumers.signInWithPassword(cara.mobileNumber(), STRONG).status(),
                "the old password no longer works");
        assertEquals(
                200,
                Consumers.signInWithPassword(cara.mobileNumber(), "Leuchtturm-Sylt-2026")
                        .status());
    }

    @Test
    void a_wrong_password_and_an_unknown_login_get_the_same_answer() {
        var dora = Consumers.signUp("Dora", "Gleich");
        choose(dora.accessToken(), null, STRONG);

        var wrong = Consumers.signInWithPassword(dora.mobileNumber(), "Falsches-Passwort-1");
        var unknown = Consumers.signInWithPassword("nobody@example.org", "Falsches-Passwort-1");

        assertEquals(401, wrong.status(), wrong::toString);
        assertEquals(401, unknown.status(), unknown::toString);
        assertEquals(wrong.json().getString("detail"), unknown.json().getString("detail"));
        assertEquals("/problems/wrong-credentials", unknown.json().getString("type"));
    }

    @Test
    void five_failures_lock_the_account_for_a_while_even_for_the_right_password() {
        var emil = Consumers.signUp("Emil", "Gesperrt");
        choose(emil.accessToken(), null, STRONG);
        for (var i = 0; i < 5; i++) {
            assertEquals(
                    401,
                    Consumers.signInWithPassword(emil.mobileNumber(), "Falsches-Passwort-" + i)
                            .status());
        }

        var locked = Consumers.signInWithPassword(emil.mobileNumber(), STRONG);

        assertEquals(429, locked.status(), locked::toString);
        var retryAfter = Long.parseLong(locked.header("Retry-After").orElseThrow());
        assertTrue(retryAfter > 800 && retryAfter <= 900, "about 15 minutes: " + retryAfter);
    }

    @Test
    void fifty_wrong_passwords_at_once_are_checked_no_more_often_than_the_limit() {
        var paula = Consumers.signUp("Paula", "Parallel");
        choose(paula.accessToken(), null, STRONG);

        var answers = Parallel.statuses(
                50, () -> Consumers.signInWithPassword(paula.mobileNumber(), "Falsches-Passwort-Parallel"));

        assertEquals(Map.of(401, 5, 429, 45), answers, "five checked and refused, the rest refused unchecked");
        assertEquals(
                429, Consumers.signInWithPassword(paula.mobileNumber(), STRONG).status());
    }

    @Test
    void fifty_wrong_current_passwords_at_once_are_checked_no_more_often_than_the_limit() {
        var pius = Consumers.signUp("Pius", "Parallel");
        choose(pius.accessToken(), null, STRONG);

        var answers = Parallel.statuses(
                50, () -> choose(pius.accessToken(), "Falsches-Passwort-Parallel", "Ganz-neues-Passwort-2026"));

        assertEquals(Map.of(400, 5, 429, 45), answers, "five checked and refused, the rest refused unchecked");
        assertEquals(
                429,
                choose(pius.accessToken(), STRONG, "Ganz-neues-Passwort-2026").status());
    }

    private static Reply choose(String token, String current, String next) {
        var body = Json.createObjectBuilder().add("newPassword", next);
        if (current != null) {
            body.add("currentPassword", current);
        }
        return Api.sendJson("PUT", "/api/v1/me/password", body.build().toString(), token);
    }
}
