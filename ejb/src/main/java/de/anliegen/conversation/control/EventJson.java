package de.anliegen.conversation.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON of stream events: one object with {@code type}, and {@code cursor} for events that are kept. */
public final class EventJson {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private EventJson() {}

    public static String of(long cursor, String type, Object... fields) {
        Map<String, Object> event = new LinkedHashMap<>();
        if (cursor > 0) {
            event.put("cursor", cursor);
        }
        event.put("type", type);
        for (var i = 0; i < fields.length; i += 2) {
            event.put((String) fields[i], fields[i + 1]);
        }
        return JSONB.toJson(event);
    }
}
