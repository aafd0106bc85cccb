package de.anliegen.web.stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.conversation.boundary.SocketId;
import org.junit.jupiter.api.Test;

class OpenSocketTest {

    private final OpenSocket socket = new OpenSocket(null, "consumer-1", true, "token", "consumer:1", new SocketId(1));

    @Test
    void at_most_so_many_frames_within_the_window_and_the_window_slides() {
        for (var i = 0; i < 20; i++) {
            assertTrue(socket.allowFrame(1_000 + i, 20, 10_000), "frame " + (i + 1));
        }
        assertFalse(socket.allowFrame(1_500, 20, 10_000), "the 21st within ten seconds");
        assertFalse(socket.allowFrame(10_999, 20, 10_000), "the first frames are still within the window");
        assertTrue(socket.allowFrame(11_030, 20, 10_000), "the first frames have left the window");
    }

    @Test
    void a_client_that_sends_nothing_for_longer_than_the_limit_is_taken_for_dead_whatever_the_server_sent() {
        socket.allowFrame(1_000, 20, 10_000);
        assertFalse(socket.silentLongerThan(91_000, 90_000), "90 seconds after its last frame");
        assertTrue(socket.silentLongerThan(91_001, 90_000), "longer than 90 seconds");
        socket.allowFrame(60_000, 20, 10_000);
        assertFalse(socket.silentLongerThan(91_001, 90_000), "a ping a minute keeps it alive");
    }
}
