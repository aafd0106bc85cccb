package de.anliegen.privacy.boundary;

import de.anliegen.platform.json.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;

/** The visits of one queue message, as a JSON array: the usage log hands visits over in batches, not one by one. */
final class VisitBatch {

    private VisitBatch() {}

    static String write(List<Visit> visits) {
        var array = Jsonp.PROVIDER.createArrayBuilder();
        for (var visit : visits) {
            var object = Jsonp.PROVIDER
                    .createObjectBuilder()
                    .add("at", visit.at().toEpochMilli())
                    .add("principal", visit.principal())
                    .add("consumer", visit.consumer())
                    .add("method", visit.method())
                    .add("endpoint", visit.endpoint())
                    .add("status", visit.status());
            addIfPresent(object, "ip", visit.ip());
            addIfPresent(object, "userAgent", visit.userAgent());
            if (visit.conversationId() != null) {
                object.add("conversation", visit.conversationId());
            }
            array.add(object);
        }
        return array.build().toString();
    }

    static List<Visit> read(String json) {
        try (var reader = Jsonp.PROVIDER.createReader(new StringReader(json))) {
            return reader.readArray().stream()
                    .map(JsonValue::asJsonObject)
                    .map(VisitBatch::visit)
                    .toList();
        }
    }

    private static Visit visit(JsonObject object) {
        return new Visit(
                Instant.ofEpochMilli(object.getJsonNumber("at").longValue()),
                object.getString("principal"),
                object.getBoolean("consumer"),
                object.getString("ip", null),
                object.getString("userAgent", null),
                object.getString("method"),
                object.getString("endpoint"),
                object.getInt("status"),
                object.containsKey("conversation")
                        ? object.getJsonNumber("conversation").longValue()
                        : null);
    }

    private static void addIfPresent(jakarta.json.JsonObjectBuilder object, String name, String value) {
        if (value != null) {
            object.add(name, value);
        }
    }
}
