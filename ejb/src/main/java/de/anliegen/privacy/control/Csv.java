package de.anliegen.privacy.control;

import java.util.ArrayList;
import java.util.List;

/** The fields of one CSV line (RFC 4180: commas, double quotes around fields, doubled quotes inside). */
final class Csv {

    private Csv() {}

    static List<String> fields(String line) {
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        var quoted = false;
        for (int i = 0; i < line.length(); i++) {
            var c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
