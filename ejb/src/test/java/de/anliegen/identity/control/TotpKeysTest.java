package de.anliegen.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TotpKeysTest {

    private static final String SECRET = Totp.newSecret();
    private static final String OLD = TotpKeys.newKeyLine("2025");
    private static final String NEW = TotpKeys.newKeyLine("2026");

    @Test
    void a_sealed_secret_holds_nothing_of_the_secret_and_opens_again() {
        var keys = TotpKeys.parse(OLD, "test");
        var sealed = keys.seal(SECRET, 7);

        assertTrue(sealed.startsWith("aes-gcm:2025:"), sealed);
        assertFalse(sealed.contains(SECRET));
        assertNotEquals(sealed, keys.seal(SECRET, 7), "a new nonce every time");
        assertEquals(SECRET, keys.open(sealed, 7));
        assertTrue(sealed.length() <= 200, "fits the column");
    }

    @Test
    void a_secret_copied_into_another_account_or_altered_does_not_open() {
        var keys = TotpKeys.parse(OLD, "test");
        var sealed = keys.seal(SECRET, 7);
        var altered = sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("A") ? "BB" : "AA");

        assertThrows(IllegalStateException.class, () -> keys.open(sealed, 8));
        assertThrows(IllegalStateException.class, () -> keys.open(altered, 7));
    }

    @Test
    void the_first_key_seals_and_every_key_opens_so_a_new_key_goes_on_top() {
        var before = TotpKeys.parse(OLD, "test");
        var sealedBefore = before.seal(SECRET, 3);
        var after = TotpKeys.parse("# rotated\n" + NEW + "\n\n" + OLD + "\n", "test");

        assertEquals("2026", after.current());
        assertEquals(SECRET, after.open(sealedBefore, 3));
        assertFalse(after.isCurrent(sealedBefore));
        assertTrue(after.isCurrent(after.seal(SECRET, 3)));
        var withoutOld = TotpKeys.parse(NEW, "test");
        var refused = assertThrows(IllegalStateException.class, () -> withoutOld.open(sealedBefore, 3));
        assertTrue(refused.getMessage().contains("key 2025"), refused.getMessage());
    }

    @Test
    void a_secret_stored_in_clear_before_sealing_is_read_as_it_is_and_is_not_current() {
        var keys = TotpKeys.parse(NEW, "test");

        assertEquals(SECRET, keys.open(SECRET, 1));
        assertFalse(keys.isCurrent(SECRET));
    }

    @Test
    void a_key_file_that_is_not_one_says_which_line_is_wrong() {
        assertEquals(
                "keys.txt holds no key",
                assertThrows(IllegalStateException.class, () -> TotpKeys.parse("# nothing\n", "keys.txt"))
                        .getMessage());
        assertTrue(assertThrows(IllegalStateException.class, () -> TotpKeys.parse(NEW + "\nshort AAAA", "k"))
                .getMessage()
                .startsWith("k, line 2:"));
        assertTrue(assertThrows(IllegalStateException.class, () -> TotpKeys.parse(NEW + "\n" + NEW, "k"))
                .getMessage()
                .contains("used twice"));
        assertThrows(IllegalStateException.class, () -> TotpKeys.parse("x not-base64!", "k"));
    }
}
