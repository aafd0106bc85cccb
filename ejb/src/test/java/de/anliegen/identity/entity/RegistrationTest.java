package de.anliegen.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistrationTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final List<Integer> DELAYS = List.of(1, 2, 5, 10);

    private final Registration registration = new Registration("r1", "Anna", "Schmidt", "+4915123456789", NOW);

    @Test
    void resends_wait_longer_each_time_and_the_last_delay_repeats() {
        var expected = new int[] {1, 2, 5, 10, 10, 10};
        var now = NOW;
        for (var minutes : expected) {
            registration.codeSent("salt", "hash", now, Duration.ofMinutes(10), DELAYS);
            assertEquals(now.plus(Duration.ofMinutes(minutes)), registration.nextSendAt());
            now = registration.nextSendAt();
        }
    }

    @Test
    void a_code_expires_after_its_time() {
        registration.codeSent("salt", "hash", NOW, Duration.ofMinutes(10), DELAYS);

        assertFalse(registration.isExpired(NOW.plus(Duration.ofMinutes(9)).plusSeconds(59)));
        assertTrue(registration.isExpired(NOW.plus(Duration.ofMinutes(10))));
    }

    @Test
    void the_fifth_wrong_code_burns_the_registration() {
        for (var i = 0; i < 4; i++) {
            registration.wrongCode(5);
            assertTrue(registration.isWaiting());
        }
        registration.wrongCode(5);

        assertTrue(registration.isBurnt());
        assertFalse(registration.isWaiting());
    }
}
