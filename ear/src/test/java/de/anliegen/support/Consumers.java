package de.anliegen.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.anliegen.support.Api.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/** The test DSL for the app's consumers: register through the real API, read the code from the dev outbox. */
public final class Consumers {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    private Consumers() {}

    /** A German mobile number no other test uses. */
    public static String newMobileNumber() {
        return "+49151" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    public static Reply register(String firstName, String lastName, String mobileNumber) {
        var body = Json.createObjectBuilder()
                .add("firstName", firstName)
                .add("lastName", lastName)
                .add("mobileNumber", mobileNumber)
                .build();
        return Api.post("/api/v1/registrations", body.toString());
    }

    public static Reply verify(String registrationId, String code) {
        return Api.post(
                "/api/v1/registrations/" + registrationId + "/verification",
                Json.createObjectBuilder().add("code", code).build().toString());
    }

    /** The code in the newest SMS to this number (E.164), from the dev outbox. */
    public static String codeSentTo(String mobileNumber) {
        for (var body : smsTo(mobileNumber)) {
            var code = CODE.matcher(body);
            if (code.find()) {
                return code.group(1);
            }
        }
        throw new AssertionError("no SMS to " + mobileNumber + " in the dev outbox");
    }

    /** The texts of the SMS to this number (E.164) in the dev outbox, newest first. */
    public static List<String> smsTo(String mobileNumber) {
        return Api.get("/api/dev/outbox?limit=200").jsonArray().getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(entry -> entry.getString("channel").equals("SMS")
                        && entry.getString("recipient").equals(mobileNumber))
                .map(entry -> entry.getString("body"))
                .toList();
    }

    /** A new consumer, registered and signed in. */
    public static SignedIn signUp(String firstName, String lastName) {
        var number = newMobileNumber();
        var registration = register(firstName, lastName, number);
        assertEquals(202, registration.status(), registration::toString);
        var verified = verify(registration.json().getString("id"), codeSentTo(number));
        assertEquals(201, verified.status(), verified::toString);
        var json = verified.json();
        return new SignedIn(
                json.getJsonObject("consumer").getJsonNumber("id").longValue(),
                number,
                json.getJsonObject("tokens").getString("accessToken"),
                json.getJsonObject("tokens").getString("refreshToken"));
    }

    /** The consumer deletes their account in the app, confirmed by a fresh code by SMS; the deletion is checked. */
    public static void deleteAccount(SignedIn consumer) {
        var check = Api.post("/api/v1/me/identity-check", "", consumer.accessToken());
        assertEquals(202, check.status(), check::toString);
        var confirmation = Json.createObjectBuilder()
                .add("verificationId", check.json().getString("id"))
                .add("code", codeSentTo(consumer.mobileNumber()))
                .build();
        var deleted = Api.sendJson("DELETE", "/api/v1/me", confirmation.toString(), consumer.accessToken());
        assertEquals(204, deleted.status(), deleted::toString);
    }

    /** POST /api/v1/sessions: sign in with mobile number or e-mail address and password. */
    /** Gives the consumer this e-mail address and follows the confirmation link mailed to it. */
    public static void confirmEmail(SignedIn consumer, String address) {
        var change = Api.sendJson(
                "PUT",
                "/api/v1/me/email",
                Json.createObjectBuilder().add("email", address).build().toString(),
                consumer.accessToken());
        assertEquals(202, change.status(), change::toString);
        var token = Mails.tokenIn(Mails.newestTo(address).getString("body"));
        var confirmed = Api.post(
                "/api/v1/email-confirmations",
                Json.createObjectBuilder().add("token", token).build().toString());
        assertEquals(200, confirmed.status(), confirmed::toString);
    }

    public static Reply signInWithPassword(String login, String password) {
        var body = Json.createObjectBuilder()
                .add("login", login)
                .add("password", password)
                .build();
        return Api.post("/api/v1/sessions", body.toString());
    }

    /** The consumer gives (or withdraws) consent to a purpose, in its current wording, as the app does. */
    public static void consent(SignedIn consumer, String purpose, boolean granted) {
        var version = Api.get("/api/v1/me/consents", consumer.accessToken()).jsonArray().stream()
                .map(JsonObject.class::cast)
                .filter(consent -> consent.getString("purpose").equals(purpose))
                .findFirst()
                .orElseThrow()
                .getString("currentVersion");
        var decision = Json.createObjectBuilder()
                .add("purpose", purpose)
                .add("granted", granted)
                .add("version", version);
        var decided = Api.sendJson(
                "PUT",
                "/api/v1/me/consents",
                Json.createObjectBuilder()
                        .add("consents", Json.createArrayBuilder().add(decision))
                        .build()
                        .toString(),
                consumer.accessToken());
        assertEquals(200, decided.status(), decided::toString);
    }

    public record SignedIn(long id, String mobileNumber, String accessToken, String refreshToken) {}
}
