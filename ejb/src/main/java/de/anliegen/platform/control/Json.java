package de.anliegen.platform.control;

/** The characters a JSON string must escape (RFC 8259, section 7). */
final class Json {

    private Json() {}

    static String escape(String value) {
        var out = new StringBuilder(value.length() + 8);
        for (var c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
