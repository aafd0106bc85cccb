package de.anliegen.web.api;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * An example of every JSON answer (examples.json beside this class, one per schema), so that a reader of the document
 * sees what comes back and a mock server generated from it answers something real. Redocly's linter checks every
 * example against its schema (no-invalid-media-type-examples), and OpenApiContractIT that no JSON answer lacks one.
 */
final class ResponseExamples {

    private static final String REFS = "#/components/schemas/";
    private static final JsonObject BY_SCHEMA = read();

    private ResponseExamples() {}

    /** The example of each JSON body of this answer: of its schema, or a list of one for a list of it. */
    static void attach(Content content) {
        var json = content.getMediaType("application/json");
        if (json == null || json.getSchema() == null || json.getExample() != null) {
            return;
        }
        var schema = json.getSchema();
        var list = isList(schema);
        var named = list ? schema.getItems().getRef() : schema.getRef();
        if (named == null || !named.startsWith(REFS) || !BY_SCHEMA.containsKey(named.substring(REFS.length()))) {
            return;
        }
        var example = plain(BY_SCHEMA.get(named.substring(REFS.length())));
        json.setExample(list ? List.of(example) : example);
    }

    private static boolean isList(Schema schema) {
        return schema.getItems() != null
                && schema.getType() != null
                && schema.getType().contains(Schema.SchemaType.ARRAY);
    }

    /** The JSON value as the model writes it: maps, lists, strings, numbers, booleans. */
    private static Object plain(JsonValue value) {
        switch (value.getValueType()) {
            case OBJECT:
                var map = new LinkedHashMap<String, Object>();
                value.asJsonObject().forEach((key, inner) -> map.put(key, plain(inner)));
                return map;
            case ARRAY:
                return value.asJsonArray().stream().map(ResponseExamples::plain).toList();
            case STRING:
                return ((JsonString) value).getString();
            case NUMBER:
                return ((JsonNumber) value).bigDecimalValue();
            case TRUE:
                return true;
            case FALSE:
                return false;
            default:
                return null;
        }
    }

    private static JsonObject read() {
        try (var in = ResponseExamples.class.getResourceAsStream("examples.json");
                var reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
