package de.anliegen.conversation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A file's type comes from its first bytes, never from its name or the type its sender claims. */
class ContentTypesTest {

    @Test
    void the_types_a_conversation_takes_are_told_by_their_first_bytes() {
        assertEquals(Optional.of("image/jpeg"), ContentTypes.sniff(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10)));
        assertEquals(
                Optional.of("image/png"), ContentTypes.sniff(bytes(0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0)));
        assertEquals(Optional.of("image/gif"), ContentTypes.sniff(bytes('G', 'I', 'F', '8', '9', 'a', 1)));
        assertEquals(
                Optional.of("image/webp"),
                ContentTypes.sniff(bytes('R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P', 'V')));
        assertEquals(Optional.of("application/pdf"), ContentTypes.sniff(bytes('%', 'P', 'D', 'F', '-', '1', '.', '7')));
    }

    @Test
    void anything_else_and_files_too_short_to_tell_are_no_type_we_take() {
        assertEquals(Optional.empty(), ContentTypes.sniff(bytes('<', 's', 'v', 'g', '>')));
        assertEquals(Optional.empty(), ContentTypes.sniff(bytes('M', 'Z', 0x90, 0)));
        assertEquals(Optional.empty(), ContentTypes.sniff(bytes(0xff, 0xd8)));
        assertEquals(Optional.empty(), ContentTypes.sniff(bytes('G', 'I', 'F', '8', '9')));
        assertEquals(
                Optional.empty(), ContentTypes.sniff(bytes('R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'A', 'V', 'E', 0)));
        assertEquals(Optional.empty(), ContentTypes.sniff(new byte[0]));
    }

    private static byte[] bytes(int... values) {
        var bytes = new byte[values.length];
        for (var i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
