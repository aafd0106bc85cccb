package de.anliegen.notification.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PushDeliveryTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    @Test
    void a_refused_notification_waits_longer_each_time_and_is_given_up_after_the_last_wait() {
        var delivery = new PushDelivery("device", "{}", NOW);

        for (var wait : PushDelivery.RETRY_AFTER) {
            assertTrue(delivery.failed(NOW));
            assertEquals(NOW.plus(wait), delivery.dueAt());
        }

        assertFalse(delivery.failed(NOW), "given up");
        assertEquals(PushDelivery.RETRY_AFTER.size() + 1, delivery.attempts());
    }
}
