package de.anliegen.identity;

import static de.anliegen.support.Consumers.codeSentTo;
import static de.anliegen.support.Consumers.newMobileNumber;
import static de.anliegen.support.Consumers.register;
import static de.anliegen.support.Consumers.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Api;
import de.anliegen.support.OnEveryDatabase;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Registration with a mobile number and an SMS code, through the real API, with the code from the dev outbox. */
@OnEveryDatabase
class RegistrationIT extends AgainstTheProduct {

    @Test
    void a_person_registers_with_names_and_a_mobile_number_and_the_code_from_the_sms() {
        var typed = "0151 " + newMobileNumber().substring(6);
        var number = "+49151" + typed.substring(5);

        var started = register("Anna", "Schmidt", typed);

        assertEquals(202, started.status(), started::toString);
        var registration = started.json();
        assertEquals(number, registration.getString("mobileNumber"), "normalised to E.164");
        var expires = Instant.parse(registration.getString("codeExpiresAt"));
        assertTrue(expires.isAfter(Instant.now().plus(Duration.ofMinutes(9))), registration::toString);
        var nextCode = Instant.parse(registration.getString("nextCodeAllowedAt"));
        assertTrue(nextCode.isAfter(Instant.now().plusSeconds(50)), "the first resend after a minute");

        var verified = verify(registration.getString("id"), codeSentTo(number));

        assertEquals(201, verified.status(), verified::toString);
        var signedIn = verified.json();
        assertTrue(signedIn.getBoolean("newConsumer"));
        assertEquals("Anna", signedIn.getJsonObject("consumer").getString("firstName"));
        var tokens = signedIn.getJsonObject("tokens");
        assertEquals("Bearer", tokens.getString("tokenType"));
        assertEquals(900, tokens.getInt("expiresIn"));

        var me = Api.get("/api/v1/me", tokens.getString("accessToken"));
        assertEquals(200, me.status(), me::toString);
        assertEquals("Schmidt", me.json().getString("lastName"));
        assertEquals(number, me.json().getString("mobileNumber"));
    }

    @Test
    void registering_again_with_the_same_number_signs_in_the_same_consumer() {
        var number = newMobileNumber();
        var first = register("Ben", "Meyer", number).json();
        var created = verify(first.getString("id"), codeSentTo(number)).json();

        var second = register("Benjamin", "Meyer", number).json();
        var signedIn = verify(second.getString("id"), codeSentTo(number));

        assertEquals(200, signedIn.status(), signedIn::toString);
        assertEquals(false, signedIn.json().getBoolean("newConsumer"));
        assertEquals(
                created.getJsonObject("consumer").getInt("id"),
                signedIn.json().getJsonObject("consumer").getInt("id"));
        assertEquals(
                "Ben", signedIn.json().getJsonObject("consumer").getString("firstName"), "names stay as they were");
    }

    @Test
    void a_code_works_once() {
        var number = newMobileNumber();
        var id = register("Cem", "Yilmaz", number).json().getString("id");
        var code = codeSentTo(number);
        assertEquals(201, verify(id, code).status());

        var replayed = verify(id, code);

        assertEquals(410, replayed.status(), replayed::toString);
        assertEquals("/problems/registration-used", replayed.json().getString("type"));
    }

    @Test
    void five_wrong_codes_burn_the_registration() {
        var number = newMobileNumber();
        var id = register("Dana", "Weiß", number).json().getString("id");
        var right = codeSentTo(number);
        var wrong = right.equals("000000") ? "111111" : "000000";

        for (var triesLeft = 4; triesLeft >= 1; triesLeft--) {
            var reply = verify(id, wrong);
            assertEquals(400, reply.status(), reply::toString);
            assertEquals("/problems/wrong-code", reply.json().getString("type"));
            assertEquals(
                    "The code is not right; " + triesLeft + (triesLeft == 1 ? " try left." : " tries left."),
                    reply.json().getString("detail"));
            assertEquals(
                    "code", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        }
        var fifth = verify(id, wrong);
        assertEquals(410, fifth.status(), fifth::toString);
        assertEquals("/problems/registration-burnt", fifth.json().getString("type"));

        var rightTooLate = verify(id, right);
        assertEquals(410, rightTooLate.status(), "the right code no longer helps");
    }

    @Test
    void a_resend_before_the_announced_time_is_refused_with_retry_after() {
        var number = newMobileNumber();
        var id = register("Emil", "Braun", number).json().getString("id");

        var resend = Api.post("/api/v1/registrations/" + id + "/resend", "");

        assertEquals(429, resend.status(), resend::toString);
        var retryAfter = Long.parseLong(resend.header("Retry-After").orElseThrow());
        assertTrue(retryAfter > 30 && retryAfter <= 60, "about a minute: " + retryAfter);
        assertEquals("application/problem+json", resend.contentType());
    }

    @Test
    void one_number_gets_three_codes_at_once_and_then_waits_whatever_registration_asks() {
        var number = newMobileNumber();
        for (var i = 0; i < 3; i++) {
            assertEquals(202, register("Ilse", "Oft", number).status());
        }

        var fourth = register("Ilse", "Oft", number);

        assertEquals(429, fourth.status(), fourth::toString);
        assertEquals("/problems/too-many-requests", fourth.json().getString("type"));
        var retryAfter = Long.parseLong(fourth.header("Retry-After").orElseThrow());
        assertTrue(retryAfter > 240 && retryAfter <= 300, "five minutes after the third code: " + retryAfter);
    }

    @Test
    void a_landline_or_nonsense_is_not_a_mobile_number() {
        for (var number : new String[] {"030 1234567", "12", "+49 151 abc", "0151 1234567890123"}) {
            var reply = register("Fritz", "Koch", number);

            assertEquals(400, reply.status(), number + ": " + reply);
            assertEquals(
                    "mobileNumber",
                    reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        }
    }

    @Test
    void names_are_checked_field_by_field() {
        var reply = register("G\u0000tz", "x".repeat(101), newMobileNumber());

        assertEquals(400, reply.status(), reply::toString);
        var fields = reply.json().getJsonArray("errors").stream()
                .map(error -> error.asJsonObject().getString("field"))
                .toList();
        assertEquals(java.util.List.of("firstName", "lastName"), fields);
    }

    @Test
    void an_unknown_registration_is_404_and_a_malformed_code_400() {
        assertEquals(404, verify("no-such-registration", "123456").status());
        var id = register("Hanna", "Lang", newMobileNumber()).json().getString("id");
        var reply = verify(id, "12345a");
        assertEquals(400, reply.status(), reply::toString);
        assertNotEquals("/problems/wrong-code", reply.json().getString("type"), "refused before it costs a try");
    }
}
