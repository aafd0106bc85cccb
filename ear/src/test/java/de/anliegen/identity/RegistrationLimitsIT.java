package de.anliegen.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.identity.boundary.ConsumerCredentials;
import de.anliegen.identity.boundary.NewRegistration;
import de.anliegen.identity.boundary.Registrations;
import de.anliegen.identity.boundary.WrongCode;
import de.anliegen.identity.boundary.WrongCredentials;
import de.anliegen.identity.control.SmsBudget;
import de.anliegen.platform.gateways.Outbox;
import de.anliegen.platform.problems.Invalid;
import de.anliegen.platform.problems.TooManyRequests;
import de.anliegen.support.Deployments;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
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
        System.clearProperty("anliegen.codes.per.number.per.day");
        System.clearProperty("anliegen.number.code.waits.minutes");
        System.clearProperty("anliegen.code.failures.per.number");
        System.setProperty("anliegen.sms.per.day", "1000000");
        System.setProperty("anliegen.sms.countries", "DE:1000000,AT:1000000,CH:1000000");
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

    @Test
    void a_number_gets_a_few_codes_at_once_then_waits_longer_after_each_whatever_registration_asks() {
        var number = number();
        for (var i = 0; i < 3; i++) {
            registrations.start(new NewRegistration("Kai", "Warte", number), otherNetwork());
        }

        var refused = assertThrows(
                TooManyRequests.class,
                () -> registrations.start(new NewRegistration("Kai", "Warte", number), otherNetwork()));

        assertTrue(refused.getMessage().contains("3 codes today"), refused.getMessage());
        var retryAfter = refused.retryAfter().orElseThrow();
        assertTrue(
                retryAfter.compareTo(Duration.ofMinutes(4)) > 0 && retryAfter.compareTo(Duration.ofMinutes(5)) <= 0,
                retryAfter::toString);
    }

    @Test
    void a_number_gets_at_most_the_configured_number_of_codes_a_day() {
        System.setProperty("anliegen.number.code.waits.minutes", "0");
        System.setProperty("anliegen.codes.per.number.per.day", "2");
        var number = number();
        registrations.start(new NewRegistration("Tia", "Tag", number), otherNetwork());
        registrations.start(new NewRegistration("Tia", "Tag", number), otherNetwork());

        var refused = assertThrows(
                TooManyRequests.class,
                () -> registrations.start(new NewRegistration("Tia", "Tag", number), otherNetwork()));

        assertTrue(refused.getMessage().contains("today"), refused.getMessage());
        assertTrue(refused.retryAfter().orElseThrow().compareTo(Duration.ofHours(23)) > 0);
    }

    @Test
    void wrong_codes_count_for_the_number_over_all_its_registrations_and_lock_it() {
        System.setProperty("anliegen.code.failures.per.number", "3");
        var number = number();
        var first = registrations.start(new NewRegistration("Rolf", "Rate", number), otherNetwork());
        assertThrows(WrongCode.class, () -> registrations.verify(first.id(), "000000"));
        assertThrows(WrongCode.class, () -> registrations.verify(first.id(), "000001"));
        var second = registrations.start(new NewRegistration("Rolf", "Rate", number), otherNetwork());
        var code = codeSentTo(number);
        assertThrows(WrongCode.class, () -> registrations.verify(second.id(), wrong(code)));

        // locked: even the right code is not checked, and no new registration sends one
        var locked = assertThrows(TooManyRequests.class, () -> registrations.verify(second.id(), code));
        assertTrue(locked.getMessage().contains("locked"), locked.getMessage());
        assertTrue(locked.retryAfter().orElseThrow().compareTo(Duration.ofHours(23)) > 0);
        assertThrows(
                TooManyRequests.class,
                () -> registrations.start(new NewRegistration("Rolf", "Rate", number), otherNetwork()));
        assertEquals(code, codeSentTo(number), "no new code went out");
    }

    @Test
    void only_numbers_of_the_allowed_countries_get_codes() {
        registrations.start(new NewRegistration("Vera", "Wien", "+43 664 " + digits(7)), otherNetwork());
        registrations.start(new NewRegistration("Urs", "Bern", "+41 79 " + digits(7)), otherNetwork());

        var refused = assertThrows(
                Invalid.class,
                () -> registrations.start(new NewRegistration("Luc", "Paris", "+33 6 12 34 56 78"), otherNetwork()));

        assertEquals("country-not-served", refused.type());
        assertEquals("mobileNumber", refused.field().orElseThrow());
        assertTrue(refused.getMessage().contains("Germany, Austria and Switzerland"), refused.getMessage());
    }

    @Test
    void a_spent_budget_refuses_codes_with_503_and_tells_the_operator_in_the_log() throws Exception {
        System.setProperty("anliegen.sms.countries", "DE:1000000,AT:0,CH:1000000");
        var austrian = "+43 664 " + digits(7);

        var refused = assertThrows(
                SmsBudget.BudgetSpent.class,
                () -> registrations.start(new NewRegistration("Vera", "Wien", austrian), otherNetwork()));

        assertEquals(503, refused.status());
        assertTrue(refused.retryAfter().isPresent());
        registrations.start(new NewRegistration("Dora", "Deutsch", number()), otherNetwork());
        System.setProperty("anliegen.sms.per.day", "0");
        assertThrows(
                SmsBudget.BudgetSpent.class,
                () -> registrations.start(new NewRegistration("Dora", "Deutsch", number()), otherNetwork()));
        var log = Files.readString(Path.of(System.getProperty("jboss.server.log.dir"), "server.log"));
        assertTrue(log.contains("SMS budget reached: ") && log.contains("to numbers of AT (at most 0)"));
        assertTrue(log.contains("to numbers of all countries (at most 0)"));
    }

    private String codeSentTo(String number) {
        return outbox.newestFirst(20).stream()
                .filter(entry -> entry.recipient().equals(number))
                .findFirst()
                .orElseThrow()
                .body()
                .replaceAll("\\D*(\\d{6}).*", "$1");
    }

    private static String wrong(String code) {
        return code.equals("123456") ? "654321" : "123456";
    }

    private static String digits(int count) {
        return String.valueOf(
                ThreadLocalRandom.current().nextLong((long) Math.pow(10, count - 1), (long) Math.pow(10, count)));
    }

    private static String otherNetwork() {
        return "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
    }

    private static String number() {
        return "+49152" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
