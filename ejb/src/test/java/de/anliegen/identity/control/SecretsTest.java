package de.anliegen.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void codes_are_six_digits_and_spread_over_the_range() {
        var seen = new HashSet<String>();
        for (var i = 0; i < 1000; i++) {
            var code = Secrets.newCode();
            assertTrue(code.matches("\\d{6}"), code);
            seen.add(code);
        }
        assertTrue(seen.size() > 990, "almost no repeats in 1000 codes: " + seen.size());
    }

    @Test
    void the_same_code_hashes_differently_under_another_salt() {
        var salt = Secrets.newSalt();

        assertEquals(Secrets.hashCode("123456", salt), Secrets.hashCode("123456", salt));
        assertNotEquals(Secrets.hashCode("123456", salt), Secrets.hashCode("123456", Secrets.newSalt()));
        assertNotEquals(Secrets.hashCode("123456", salt), Secrets.hashCode("123457", salt));
    }

    @Test
    void tokens_are_long_random_and_stored_as_their_hash() {
        var token = Secrets.newToken();

        assertEquals(43, token.length());
        assertNotEquals(token, Secrets.newToken());
        assertEquals(64, Secrets.sha256(token).length());
        assertFalse(Secrets.sha256(token).contains(token));
        assertTrue(Secrets.same(Secrets.sha256(token), Secrets.sha256(token)));
    }

    @Test
    void hmac_sha256_gives_the_hex_of_rfc_4231_test_case_2() {
        assertEquals(
                "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                Secrets.hmacSha256("Jefe".getBytes(StandardCharsets.UTF_8), "what do ya want for nothing?"));
    }
}
