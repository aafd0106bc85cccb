package de.anliegen.notification.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.notification.control.PushTexts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * A notification's topic lets the push service replace an older one of the same request on the same device, and
 * nothing more: keyed with the device's secret, it names neither the request nor links two devices.
 */
class PushTopicTest {

    private static final byte[] PHONE = "phone-secret-16b".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LAPTOP = "laptop-secret16b".getBytes(StandardCharsets.US_ASCII);

    @Test
    void one_request_has_one_topic_on_a_device_and_another_on_another_device() {
        var answer = PushTexts.payload("Stadtwerke", "Zähler", "/app/#/conversations/42", false, "de");
        var later = PushTexts.payload("Stadtwerke", "Zähler", "/app/#/conversations/42", true, "de");
        var other = PushTexts.payload("Stadtwerke", "Umzug", "/app/#/conversations/43", false, "de");

        assertEquals(PushSender.topic(answer, PHONE), PushSender.topic(later, PHONE), "the newer replaces the older");
        assertNotEquals(PushSender.topic(answer, PHONE), PushSender.topic(other, PHONE));
        assertNotEquals(PushSender.topic(answer, PHONE), PushSender.topic(answer, LAPTOP));
        // at most 32 characters of the URL-safe base64 alphabet (RFC 8030)
        assertTrue(PushSender.topic(answer, PHONE).matches("[A-Za-z0-9_-]{1,32}"));
    }

    @Test
    void the_topic_is_not_the_plain_hash_of_the_request_anyone_could_compute() throws Exception {
        var answer = PushTexts.payload("Stadtwerke", "Zähler", "/app/#/conversations/42", false, "de");
        var guessable = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(Arrays.copyOf(
                        MessageDigest.getInstance("SHA-256")
                                .digest("/app/#/conversations/42".getBytes(StandardCharsets.UTF_8)),
                        18));

        assertNotEquals(guessable, PushSender.topic(answer, PHONE));
    }
}
