package de.anliegen.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Api;
import de.anliegen.support.Consumers;
import de.anliegen.support.SmsProvider;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** In production mode the code leaves through the operator's SMS provider over HTTP, here a server on loopback. */
@Tag("production-mode")
class ProductionRegistrationIT extends AgainstTheProduct {

    private static SmsProvider provider;

    @BeforeAll
    static void startProvider() {
        provider = SmsProvider.start();
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    @Test
    void the_code_goes_to_the_sms_provider_and_signs_the_person_in() {
        var number = Consumers.newMobileNumber();

        var registration = Consumers.register("Paula", "Produktion", number);

        assertEquals(202, registration.status(), registration::toString);
        var sms = provider.lastTo(number);
        var credentials =
                Base64.getEncoder().encodeToString("anliegen:provider-secret".getBytes(StandardCharsets.UTF_8));
        assertEquals("Basic " + credentials, sms.authorization());
        assertTrue(sms.json().getString("text").contains("Anliegen"), sms::body);

        var verified = Consumers.verify(registration.json().getString("id"), sms.code());
        assertEquals(201, verified.status(), verified::toString);
        var token = verified.json().getJsonObject("tokens").getString("accessToken");
        assertEquals("Paula", Api.get("/api/v1/me", token).json().getString("firstName"));
    }

    @Test
    void when_the_provider_fails_the_app_hears_503_and_nothing_is_half_stored() {
        var number = Consumers.newMobileNumber();
        provider.answer(500);
        try {
            var refused = Consumers.register("Quirin", "Ausfall", number);

            assertEquals(503, refused.status(), refused::toString);
            assertEquals("application/problem+json", refused.contentType());
        } finally {
            provider.answer(200);
        }
        // a number gets three codes at once, then waits: had the failed send counted, the third would wait
        for (var i = 0; i < 3; i++) {
            assertEquals(
                    202,
                    Consumers.register("Quirin", "Ausfall", number).status(),
                    "the failed send counted for nothing");
        }
    }
}
