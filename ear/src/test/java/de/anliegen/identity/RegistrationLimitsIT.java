package de.anliegen.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.identity.boundary.ConsumerCredentials;
import de.anliegen.identity.boundary.NewRegistration;
import de.anliegen.identity.boundary.Registrations;
import de.anliegen.identity.boundary.WrongCredentials;
import de.anliegen.platform.boundary.Invalid;
import de.anliegen.platform.boundary.Outbox;
import de.anliegen.platform.boundary.TooManyRequests;
import de.anliegen.support.Deployments;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The configurable limits of registration and sign-in, run inside the server: each test sets a setting for its run (settings are
 * read at every use) and puts it back.
 */
@ExtendWith(ArquillianExtension.class)
class RegistrationLimitsIT {

    @Inject
    Registrations registrations;

    @Inject
    Outbox outbox;

    @Inject
    ConsumerCredentials credentials;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earTesting();
    }

    @AfterEach
    void defaults() {
        System.clearProperty("anliegen.codes.per.ip.per.hour");
        System.clearProperty("anliegen.code.valid.minutes");
        System.setProperty("anliegen.sign.in.failures.per.ip", "100000");
        System.setProperty("anliegen.codes.per.ip.per.hour", "100000");
    }

    @Test
    void one_network_gets_at_most_the_configured_number_of_codes_per_hour() {
        System.setProperty("anliegen.codes.per.ip.per.hour", "3");
        var network = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
        for (var i = 0; i < 3; i++) {
            registrations.start(new NewRegistration("Ida", "Netz", number()), network);
        }

        var refused = assertThrows(
                TooManyRequests.class,
                () -> registrations.start(new NewRegistration("Ida", "Netz", number()), network));

        assertTrue(refused.getMessage().contains("network"), refused.getMessage());
        var retryAfter = refused.retryAfter().orElseThrow();
        assertTrue(retryAfter.compareTo(Duration.ofMinutes(59)) > 0 && retryAfter.compareTo(Duration.ofHours(1)) <= 0);
        registrations.start(new NewRegistration("Ida", "Netz", number()), otherNetwork());
    }

    @Test
    void one_network_gets_at_most_the_configured_number_of_failed_sign_ins() {
        System.setProperty("anliegen.sign.in.failures.per.ip", "3");
        var network = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
        for (var i = 0; i < 3; i++) {
            var login = number();
            assertThrows(WrongCredentials.class, () -> credentials.signIn(login, "Rate-Mal-Passwort-1", network));
        }

        var refused =
                assertThrows(TooManyRequests.class, () -> credentials.signIn(number(), "Rate-Mal-Passwort-1", network));

        assertTrue(refused.getMessage().contains("network"), refused.getMessage());
    }

    @Test
    void an_expired_code_is_refused_and_asks_for_a_new_one() {
        System.setProperty("anliegen.code.valid.minutes", "0");
        var number = number();
        var registration = registrations.start(new NewRegistration("Jan", "Spät", number), otherNetwork());
        var code = outbox.newestFirst(1).get(0).body().replaceAll("\\D*(\\d{6}).*", "$1");

        var refused = assertThrows(Invalid.class, () -> registrations.verify(registration.id(), code));

        assertEquals("code-expired", refused.type());
        assertEquals("code", refused.field().orElseThrow());
    }

    private static String otherNetwork() {
        return "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
    }

    private static String number() {
        return "+49152" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
