package de.anliegen.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Api;
import de.anliegen.support.Api.Reply;
import de.anliegen.support.Consumers;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** The consumer's own profile: correct it (rectification), change the number, delete it all. */
class ProfileIT extends AgainstTheProduct {

    @Test
    void names_are_corrected_and_a_name_left_out_stays() {
        var anna = Consumers.signUp("Ana", "Schmitt");

        var corrected = send(
                "PATCH",
                "/api/v1/me",
                anna.accessToken(),
                Json.createObjectBuilder().add("firstName", "Anna"));

        assertEquals(200, corrected.status(), corrected::toString);
        var me = Api.get("/api/v1/me", anna.accessToken()).json();
        assertEquals("Anna", me.getString("firstName"));
        assertEquals("Schmitt", me.getString("lastName"));
        var bad = send(
                "PATCH",
                "/api/v1/me",
                anna.accessToken(),
                Json.createObjectBuilder().add("lastName", "Sch\u0007mitt"));
        assertEquals(400, bad.status(), bad::toString);
        assertEquals(
                "lastName", bad.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void a_new_e_mail_address_in_the_profile_gets_a_confirmation_link() {
        var ilse = Consumers.signUp("Ilse", "Patch");
        var address = "ilse-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        var changed = send(
                "PATCH",
                "/api/v1/me",
                ilse.accessToken(),
                Json.createObjectBuilder().add("email", address));

        assertEquals(200, changed.status(), changed::toString);
        assertTrue(!changed.json().containsKey("email"), "counts once confirmed");
        var token = de.anliegen.support.Mails.tokenIn(
                de.anliegen.support.Mails.newestTo(address).getString("body"));
        assertEquals(
                200,
                Api.post(
                                "/api/v1/email-confirmations",
                                Json.createObjectBuilder()
                                        .add("token", token)
                                        .build()
                                        .toString())
                        .status());
        assertEquals(address, Api.get("/api/v1/me", ilse.accessToken()).json().getString("email"));
    }

    @Test
    void a_new_mobile_number_counts_once_its_code_comes_back() {
        var ben = Consumers.signUp("Ben", "Neu");
        var next = Consumers.newMobileNumber();

        var started = send(
                "PUT",
                "/api/v1/me/mobile-number",
                ben.accessToken(),
                Json.createObjectBuilder().add("mobileNumber", next));
        assertEquals(202, started.status(), started::toString);
        assertEquals(
                ben.mobileNumber(),
                Api.get("/api/v1/me", ben.accessToken()).json().getString("mobileNumber"));

        var confirmed = Api.post(
                "/api/v1/me/mobile-number/verification",
                confirmation(started.json(), Consumers.codeSentTo(next)),
                ben.accessToken());

        assertEquals(200, confirmed.status(), confirmed::toString);
        assertEquals(next, Api.get("/api/v1/me", ben.accessToken()).json().getString("mobileNumber"));
    }

    @Test
    void a_number_of_another_account_is_refused() {
        var cara = Consumers.signUp("Cara", "Eins");
        var dora = Consumers.signUp("Dora", "Zwei");

        var refused = send(
                "PUT",
                "/api/v1/me/mobile-number",
                dora.accessToken(),
                Json.createObjectBuilder().add("mobileNumber", cara.mobileNumber()));

        assertEquals(409, refused.status(), refused::toString);
    }

    @Test
    void deleting_with_the_password_ends_everything() {
        var emil = Consumers.signUp("Emil", "Weg");
        send(
                "PUT",
                "/api/v1/me/password",
                emil.accessToken(),
                Json.createObjectBuilder().add("newPassword", "Abschied-Hafen-2026"));

        var wrong = send(
                "DELETE",
                "/api/v1/me",
                emil.accessToken(),
                Json.createObjectBuilder().add("password", "falsch-falsch"));
        assertEquals(400, wrong.status(), wrong::toString);
        assertEquals(200, Api.get("/api/v1/me", emil.accessToken()).status(), "nothing deleted");

        var deleted = send(
                "DELETE",
                "/api/v1/me",
                emil.accessToken(),
                Json.createObjectBuilder().add("password", "Abschied-Hafen-2026"));

        assertEquals(204, deleted.status(), deleted::toString);
        assertEquals(401, Api.get("/api/v1/me", emil.accessToken()).status(), "every token died");
        assertEquals(
                401,
                Consumers.signInWithPassword(emil.mobileNumber(), "Abschied-Hafen-2026")
                        .status());
    }

    @Test
    void deleting_with_a_fresh_sms_code_ends_everything_and_the_number_is_free_again() {
        var fritz = Consumers.signUp("Fritz", "Fort");
        var check = Api.post("/api/v1/me/identity-check", "", fritz.accessToken());
        assertEquals(202, check.status(), check::toString);

        var deleted = Api.sendJson(
                "DELETE",
                "/api/v1/me",
                confirmation(check.json(), Consumers.codeSentTo(fritz.mobileNumber())),
                fritz.accessToken());

        assertEquals(204, deleted.status(), deleted::toString);
        assertEquals(401, Api.get("/api/v1/me", fritz.accessToken()).status());
        var again = Consumers.register("Fritz", "Wieder", fritz.mobileNumber()).json();
        var registered = Consumers.verify(again.getString("id"), Consumers.codeSentTo(fritz.mobileNumber()));
        assertEquals(201, registered.status(), "a new consumer: nothing of the old one is left");
        assertTrue(registered.json().getBoolean("newConsumer"));
    }

    @Test
    void wrong_passwords_for_a_deletion_count_like_failed_sign_ins() {
        var jan = Consumers.signUp("Jan", "Geraten");
        Api.sendJson("PUT", "/api/v1/me/password", json("newPassword", "Richtig-Geheim-2026"), jan.accessToken());
        for (var i = 0; i < 5; i++) {
            assertEquals(
                    400,
                    Api.sendJson("DELETE", "/api/v1/me", json("password", "falsch-" + i), jan.accessToken())
                            .status());
        }

        var locked = Api.sendJson("DELETE", "/api/v1/me", json("password", "Richtig-Geheim-2026"), jan.accessToken());

        assertEquals(429, locked.status(), "a stolen token does not allow unlimited guessing: " + locked);
        assertEquals(200, Api.get("/api/v1/me", jan.accessToken()).status());
    }

    @Test
    void a_name_of_spaces_only_is_refused() {
        var kai = Consumers.signUp("Kai", "Leer");

        var reply = Api.sendJson("PATCH", "/api/v1/me", json("firstName", "   "), kai.accessToken());

        assertEquals(400, reply.status(), reply::toString);
        assertEquals(
                "firstName",
                reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    private static String json(String name, String value) {
        return Json.createObjectBuilder().add(name, value).build().toString();
    }

    @Test
    void deleting_without_proof_is_refused() {
        var gina = Consumers.signUp("Gina", "Bleibt");

        var refused = send("DELETE", "/api/v1/me", gina.accessToken(), Json.createObjectBuilder());

        assertEquals(400, refused.status(), refused::toString);
        assertEquals("/problems/reauthentication-required", refused.json().getString("type"));
    }

    private static String confirmation(JsonObject verification, String code) {
        return Json.createObjectBuilder()
                .add("verificationId", verification.getString("id"))
                .add("code", code)
                .build()
                .toString();
    }

    private static Reply send(String method, String path, String token, jakarta.json.JsonObjectBuilder body) {
        return Api.sendJson(method, path, body.build().toString(), token);
    }
}
