package de.anliegen.conversation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class MediansTest {

    @Test
    void the_middle_one_or_the_mean_of_the_two_middle_ones_whatever_the_order_and_none_for_none() {
        assertEquals(minutes(5), Medians.of(List.of(minutes(9), minutes(1), minutes(5))));
        assertEquals(Duration.ofSeconds(210), Medians.of(List.of(minutes(4), minutes(1), minutes(3), minutes(60))));
        assertEquals(minutes(7), Medians.of(List.of(minutes(7))));
        assertNull(Medians.of(List.of()));
    }

    private static Duration minutes(long minutes) {
        return Duration.ofMinutes(minutes);
    }
}
