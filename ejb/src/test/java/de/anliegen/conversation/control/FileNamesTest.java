package de.anliegen.conversation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void a_name_whose_extension_fits_the_bytes_stays_as_it_is() {
        assertEquals("Zähler Foto.pdf", FileNames.of("Zähler Foto.pdf", "application/pdf"));
        assertEquals("Urlaub.JPEG", FileNames.of("Urlaub.JPEG", "image/jpeg"));
        assertEquals("scan.jpg", FileNames.of("scan.jpg", "image/jpeg"));
    }

    @Test
    void any_other_extension_gives_way_to_that_of_the_type_the_bytes_are() {
        assertEquals("evil.gif", FileNames.of("evil.html", "image/gif"));
        assertEquals("rechnung.pdf.png", FileNames.of("rechnung.pdf.svg", "image/png"));
        assertEquals("bild.webp", FileNames.of("bild", "image/webp"));
        assertEquals("attachment.pdf", FileNames.of(".pdf", "application/pdf"));
        assertEquals("attachment.jpg", FileNames.of(null, "image/jpeg"));
        assertEquals("attachment.png", FileNames.of("   ", "image/png"));
    }

    @Test
    void paths_quotes_and_invisible_characters_go_and_the_name_stays_within_its_length() {
        assertEquals("passwd.pdf", FileNames.of("../../etc/passwd", "application/pdf"));
        assertEquals("ab.png", FileNames.of("C:\\Users\\x\\a\"b\u0000.png", "image/png"));
        assertEquals("Rechnungfdp.jpg", FileNames.of("Rechnung\u202Efdp.jpg", "image/jpeg"));
        assertEquals("ab.pdf", FileNames.of("a\u200Bb\u2028\u2029.pdf", "application/pdf"));
        var long_ = "x".repeat(300) + ".html";
        var named = FileNames.of(long_, "image/gif");
        assertEquals(FileNames.MOST_CHARACTERS, named.length());
        assertEquals(".gif", named.substring(named.length() - 4));
    }

    @Test
    void a_type_no_conversation_takes_is_a_mistake_of_the_caller() {
        assertThrows(IllegalArgumentException.class, () -> FileNames.of("a.html", "text/html"));
    }
}
