package de.anliegen.platform.texts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.anliegen.platform.problems.Invalid;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void text_is_kept_exactly_as_given_with_line_breaks_and_tabs() {
        var typed = "  Guten Tag,\r\n\tmein Zähler 🔥 zeigt 12345.  ";
        assertEquals(typed, Texts.text(typed, 100, "text", false));
    }

    @Test
    void characters_are_counted_as_code_points_so_an_emoji_counts_once() {
        var emojis = "😀".repeat(10);
        assertEquals(emojis, Texts.text(emojis, 10, "text", false));
        var refused = assertThrows(Invalid.class, () -> Texts.text(emojis + "!", 10, "text", false));
        assertEquals("text-too-long", refused.type());
        assertEquals("text", refused.field().orElseThrow());
    }

    @Test
    void blank_text_is_refused_unless_it_may_be_empty_and_then_stored_as_none() {
        assertThrows(Invalid.class, () -> Texts.text(" \n ", 10, "text", false));
        assertThrows(Invalid.class, () -> Texts.text(null, 10, "text", false));
        assertEquals("", Texts.text(null, 10, "caption", true));
        // a photo sent with only spaces typed beside it: no empty line above the photo
        assertEquals("", Texts.text("  \n ", 10, "caption", true));
    }

    @Test
    void control_characters_no_one_types_and_broken_surrogates_are_refused() {
        assertThrows(Invalid.class, () -> Texts.text("Hallo\u0000", 10, "text", false));
        assertThrows(Invalid.class, () -> Texts.text("Hallo\u001b[31m", 20, "text", false));
        assertThrows(Invalid.class, () -> Texts.text("lone \ud83d high", 20, "text", false));
        assertThrows(Invalid.class, () -> Texts.text("lone \ude00 low", 20, "text", false));
        assertThrows(Invalid.class, () -> Texts.text("end \ud83d", 20, "text", false));
    }

    @Test
    void a_client_id_is_8_to_64_letters_digits_dashes_or_underscores() {
        assertEquals(
                "3f2b8c1e-9d4a-4b6e-8f00-123456789abc",
                Texts.clientId("3f2b8c1e-9d4a-4b6e-8f00-123456789abc", "clientMessageId"));
        assertEquals("abc_DEF-", Texts.clientId("abc_DEF-", "clientMessageId"));
        for (var wrong : new String[] {null, "short", "x".repeat(65), "has space1", "umlaut-ä-1"}) {
            var refused = assertThrows(Invalid.class, () -> Texts.clientId(wrong, "clientMessageId"));
            assertEquals("clientMessageId", refused.field().orElseThrow());
        }
    }

    @Test
    void a_cut_fits_its_column_and_never_splits_an_emoji() {
        assertEquals("Hallo", Texts.cut("Hallo", 5));
        assertEquals("Hal", Texts.cut("Hallo", 3));
        assertEquals(null, Texts.cut(null, 3));
        // "ab😀" is four UTF-16 units: cut to three, the emoji's first half alone would be stored as '?'
        assertEquals("ab", Texts.cut("ab😀c", 3));
        assertEquals("ab😀", Texts.cut("ab😀c", 4));
    }
}
