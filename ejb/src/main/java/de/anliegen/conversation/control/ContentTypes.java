package de.anliegen.conversation.control;

import java.util.Arrays;
import java.util.Optional;

/** What a file is, judged by its first bytes rather than by what the sender says: the types a conversation takes. */
public final class ContentTypes {

    private ContentTypes() {}

    public static Optional<String> sniff(byte[] bytes) {
        if (startsWith(bytes, 0xff, 0xd8, 0xff)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a)) {
            return Optional.of("image/png");
        }
        if (startsWith(bytes, 'G', 'I', 'F', '8') && bytes.length > 5 && bytes[5] == 'a') {
            return Optional.of("image/gif");
        }
        if (startsWith(bytes, 'R', 'I', 'F', 'F')
                && bytes.length > 12
                && Arrays.equals(bytes, 8, 12, new byte[] {'W', 'E', 'B', 'P'}, 0, 4)) {
            return Optional.of("image/webp");
        }
        if (startsWith(bytes, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("application/pdf");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (var i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
