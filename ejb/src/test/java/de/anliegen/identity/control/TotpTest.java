package de.anliegen.identity.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTest {

    // RFC 6238, appendix B: the SHA-1 secret "12345678901234567890"
    private static final String SECRET = Totp.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void the_codes_are_those_of_the_rfc_test_vectors() {
        assertEquals("287082", Totp.code(SECRET, Totp.stepOf(Instant.ofEpochSecond(59))));
        assertEquals("081804", Totp.code(SECRET, Totp.stepOf(Instant.ofEpochSecond(1111111109))));
        assertEquals("005924", Totp.code(SECRET, Totp.stepOf(Instant.ofEpochSecond(1234567890))));
        assertEquals("279037", Totp.code(SECRET, Totp.stepOf(Instant.ofEpochSecond(2000000000))));
    }

    @Test
    void base32_reads_what_it_writes() {
        var bytes = new byte[] {0, 1, 2, (byte) 250, (byte) 255, 17, 99};
        assertArrayEquals(bytes, Totp.decode(Totp.encode(bytes)));
        assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", SECRET);
    }

    @Test
    void a_code_counts_for_its_step_and_the_neighbours_but_never_twice() {
        var now = Instant.ofEpochSecond(1_700_000_000);
        var step = Totp.stepOf(now);
        var code = Totp.code(SECRET, step);

        assertEquals(step, Totp.matchingStep(SECRET, code, now, null));
        assertEquals(step, Totp.matchingStep(SECRET, code, now.plusSeconds(30), step - 1));
        assertEquals(-1, Totp.matchingStep(SECRET, code, now, step), "used already");
        assertEquals(-1, Totp.matchingStep(SECRET, code, now.plusSeconds(90), null), "too old");
        assertEquals(-1, Totp.matchingStep(SECRET, "12345", now, null));
        assertEquals(-1, Totp.matchingStep(SECRET, null, now, null));
    }
}
