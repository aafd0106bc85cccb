package de.anliegen.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Api;
import de.anliegen.support.Api.Reply;
import de.anliegen.support.Consumers;
import de.anliegen.support.Consumers.SignedIn;
import de.anliegen.support.Mails;
import jakarta.json.Json;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An optional e-mail address, confirmed by a link; "forgot password" by a single-use link to it. */
class EmailAndPasswordResetIT extends AgainstTheProduct {

    @Test
    void an_address_counts_once_the_link_sent_to_it_is_followed() {
        var anna = Consumers.signUp("Anna", "Mail");
        var address = unique("anna");

        var change = changeEmail(anna, address.toUpperCase());

        assertEquals(202, change.status(), change::toString);
        assertEquals(address, change.json().getString("email"), "kept in lower case");
        assertFalse(Api.get("/api/v1/me", anna.accessToken()).json().containsKey("email"), "not before confirmation");
        var mail = Mails.newestTo(address);
        assertTrue(mail.getString("body").contains(Api.BASE + "/confirm-email.xhtml?token="), mail::toString);

        var confirmed = confirm(Mails.tokenIn(mail.getString("body")));

        assertEquals(200, confirmed.status(), confirmed::toString);
        assertEquals(address, Api.get("/api/v1/me", anna.accessToken()).json().getString("email"));
        assertEquals(410, confirm(Mails.tokenIn(mail.getString("body"))).status(), "the link works once");
    }

    @Test
    void an_address_of_another_account_is_refused() {
        var ben = Consumers.signUp("Ben", "Erster");
        var address = unique("ben");
        changeEmail(ben, address);
        confirm(Mails.tokenIn(Mails.newestTo(address).getString("body")));
        var cem = Consumers.signUp("Cem", "Zweiter");

        var refused = changeEmail(cem, address);

        assertEquals(409, refused.status(), refused::toString);
    }

    @Test
    void a_corrected_address_ends_the_link_to_the_mistyped_one() {
        var eva = Consumers.signUp("Eva", "Vertippt");
        var mistyped = unique("eav");
        var meant = unique("eva");
        changeEmail(eva, mistyped);
        var mistypedLink = Mails.tokenIn(Mails.newestTo(mistyped).getString("body"));
        changeEmail(eva, meant);

        assertEquals(410, confirm(mistypedLink).status(), "the owner of the mistyped address cannot take it");
        assertEquals(meant, Api.get("/api/v1/me", eva.accessToken()).json().getString("emailPending"));
        assertEquals(
                200,
                confirm(Mails.tokenIn(Mails.newestTo(meant).getString("body"))).status());
        var me = Api.get("/api/v1/me", eva.accessToken()).json();
        assertEquals(meant, me.getString("email"));
        assertFalse(me.containsKey("emailPending"), "nothing waits any more: " + me);
    }

    @Test
    void forgot_password_sends_a_link_that_sets_a_new_password_and_signs_out_every_app() {
        var dora = Consumers.signUp("Dora", "Vergessen");
        var address = unique("dora");
        changeEmail(dora, address);
        confirm(Mails.tokenIn(Mails.newestTo(address).getString("body")));

        var mail = Mails.nextTo(address, () -> {
            var requested = Api.post("/api/v1/password-reset", json("email", address));
            assertEquals(202, requested.status(), requested::toString);
        });
        assertTrue(mail.getString("body").contains("/reset-password.xhtml?token="), mail::toString);
        var token = Mails.tokenIn(mail.getString("body"));

        var weak = newPassword(token, "password123");
        assertEquals(400, weak.status(), "a weak password does not use up the link");
        var reset = newPassword(token, "Wattenmeer-Ebbe-2026");
        assertEquals(204, reset.status(), reset::toString);

        assertEquals(401, Api.get("/api/v1/me", dora.accessToken()).status(), "every app is signed out");
        assertEquals(
                200,
                Consumers.signInWithPassword(address, "Wattenmeer-Ebbe-2026").status(),
                "sign-in by e-mail");
        assertEquals(410, newPassword(token, "Noch-ein-Passwort-9").status());
    }

    @Test
    void forgot_password_never_tells_whether_an_address_has_an_account() {
        var address = unique("niemand");

        var reply = Api.post("/api/v1/password-reset", json("email", address));

        assertEquals(202, reply.status(), reply::toString);
        // the link goes out after the answer: a request for an address with an account, made after this one, has
        // had its mail by the time the check looks
        var known = unique("bekannt");
        changeEmail(Consumers.signUp("Bea", "Bekannt"), known);
        confirm(Mails.tokenIn(Mails.newestTo(known).getString("body")));
        Mails.nextTo(known, () -> Api.post("/api/v1/password-reset", json("email", known)));
        assertFalse(Mails.anyTo(address), "no mail to an address without an account");
    }

    /** The new password with the link's token, both in the body: a token in the path would land in access logs. */
    private static Reply newPassword(String token, String password) {
        return Api.post(
                "/api/v1/password-reset/new-password",
                Json.createObjectBuilder()
                        .add("token", token)
                        .add("password", password)
                        .build()
                        .toString());
    }

    private static Reply changeEmail(SignedIn consumer, String address) {
        return Api.sendJson("PUT", "/api/v1/me/email", json("email", address), consumer.accessToken());
    }

    private static Reply confirm(String token) {
        return Api.post("/api/v1/email-confirmations", json("token", token));
    }

    private static String json(String name, String value) {
        return Json.createObjectBuilder().add(name, value).build().toString();
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
