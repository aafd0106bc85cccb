package de.anliegen.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AudienceTest {

    /** A whole document in small: a consumer's, an agent's, a shared, a public, the staff sign-in and a dev operation. */
    private static final JsonObject WHOLE = json("""
            {"openapi": "3.1.0", "info": {"title": "Anliegen app API", "version": "1"},
             "tags": [{"name": "Profile"}, {"name": "Conversations"}, {"name": "Staff"}, {"name": "Development"},
                      {"name": "Companies"}],
             "paths": {
               "/api/v1/me": {"get": {"operationId": "getMe", "tags": ["Profile"],
                   "security": [{"bearer": ["CONSUMER"]}],
                   "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Me"}}}}}}},
               "/api/v1/conversations/{id}": {
                   "parameters": [{"name": "id", "in": "path"}],
                   "get": {"operationId": "getConversation", "tags": ["Conversations"],
                       "security": [{"bearer": ["CONSUMER", "AGENT", "COMPANY_ADMIN"]}],
                       "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Conversation"}}}}}},
                   "put": {"operationId": "assignConversation", "tags": ["Conversations"],
                       "security": [{"bearer": ["AGENT", "COMPANY_ADMIN"]}], "responses": {}}},
               "/api/v1/companies": {"get": {"operationId": "searchCompanies", "tags": ["Companies"],
                   "security": [{}], "responses": {}}},
               "/api/v1/staff/sessions": {"post": {"operationId": "signInStaff", "tags": ["Staff"], "responses": {}}},
               "/api/dev/outbox": {"get": {"operationId": "listDevOutbox", "tags": ["Development"], "responses": {}}}},
             "components": {"schemas": {
                 "Me": {"type": "object"},
                 "Conversation": {"type": "object", "properties": {"last": {"$ref": "#/components/schemas/Message"}}},
                 "Message": {"type": "object"},
                 "ProblemDetails": {"type": "object"}},
               "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}}}
            """);

    @Test
    void the_consumers_document_has_their_operations_the_shared_ones_and_the_public_ones() {
        var document = Audience.CONSUMERS.documentOf(WHOLE);
        assertEquals(Set.of("getMe", "getConversation", "searchCompanies"), operationIds(document));
        assertEquals(
                Set.of("/api/v1/me", "/api/v1/conversations/{id}", "/api/v1/companies"),
                document.getJsonObject("paths").keySet());
        assertTrue(document.getJsonObject("paths")
                .getJsonObject("/api/v1/conversations/{id}")
                .containsKey("parameters"));
        assertEquals(
                JsonValue.EMPTY_JSON_ARRAY,
                document.getJsonObject("paths")
                        .getJsonObject("/api/v1/companies")
                        .getJsonObject("get")
                        .getJsonArray("security"),
                "a public operation says it needs no token");
    }

    @Test
    void the_agents_document_has_the_staff_operations_the_shared_ones_and_the_staff_sign_in() {
        assertEquals(
                Set.of("getConversation", "assignConversation", "signInStaff"),
                operationIds(Audience.AGENTS.documentOf(WHOLE)));
    }

    @Test
    void the_developers_document_has_the_dev_operations_alone() {
        var document = Audience.DEVELOPERS.documentOf(WHOLE);
        assertEquals(Set.of("listDevOutbox"), operationIds(document));
        assertEquals(
                Set.of(),
                document.getJsonObject("components").getJsonObject("schemas").keySet());
    }

    @Test
    void a_document_keeps_the_schemas_its_operations_reach_and_the_tags_they_use() {
        var document = Audience.CONSUMERS.documentOf(WHOLE);
        assertEquals(
                Set.of("Me", "Conversation", "Message"),
                document.getJsonObject("components").getJsonObject("schemas").keySet());
        assertTrue(document.getJsonObject("components").containsKey("securitySchemes"));
        assertEquals(
                Set.of("Profile", "Conversations", "Companies"),
                Set.copyOf(document.getJsonArray("tags").getValuesAs(JsonObject.class).stream()
                        .map(tag -> tag.getString("name"))
                        .toList()));
        assertTrue(document.getJsonObject("info").getString("title").startsWith("Anliegen app API, "));
        assertFalse(Audience.AGENTS
                .documentOf(WHOLE)
                .getJsonObject("components")
                .getJsonObject("schemas")
                .containsKey("Me"));
    }

    @Test
    void an_audience_is_named_as_in_its_address() {
        assertEquals(Optional.of(Audience.CONSUMERS), Audience.named("consumer"));
        assertEquals(Optional.of(Audience.AGENTS), Audience.named("agents"));
        assertEquals(Optional.of(Audience.DEVELOPERS), Audience.named("dev"));
        assertEquals(Optional.empty(), Audience.named("everyone"));
    }

    private static Set<String> operationIds(JsonObject document) {
        return Set.copyOf(document.getJsonObject("paths").values().stream()
                .flatMap(item -> item.asJsonObject().values().stream())
                .filter(value -> value.getValueType() == JsonValue.ValueType.OBJECT)
                .map(value -> value.asJsonObject().getString("operationId"))
                .toList());
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
