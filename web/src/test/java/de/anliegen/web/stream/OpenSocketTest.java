package de.anliegen.web.stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OpenSocketTest {

    private final OpenSocket socket = new OpenSocket(null, "consumer-1", true, "token", "consumer:1", 1);

    @Test
    void at_most_so_many_frames_within_the_window_and_the_window_slides() {
        for (var i = 0; i < 20; i++) {
            assertTrue(socket.allowFrame(1_000 + i, 20, 10_000), "frame " + (i + 1));
        }
        assertFalse(socket.allowFrame(1_500, 20, 10_000), "the 21st within ten seconds");
        assertFalse(socket.allowFrame(10_999, 20, 10_000), "the first frames are still within the window");
        assertTrue(socket.allowFrame(11_030, 20, 10_000), "the first frames have left the window");
    }
}
