package de.anliegen.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.conversation.boundary.Conversations;
import de.anliegen.conversation.boundary.Messages;
import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Api;
import de.anliegen.support.ContractTools;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The document as a mobile team meets it (issue 20): openapi-generator, the generator most of them use, validates it
 * without an error; every operation has its own operationId; and what it says about the access token is what the
 * server does: an operation that declares the bearer scheme answers 401 without one, no other does.
 */
class OpenApiContractIT extends AgainstTheProduct {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    @Test
    void openapi_generator_validates_the_document_without_an_error() {
        var document = ContractTools.fetch("/openapi", "anliegen.yaml");
        var validation =
                ContractTools.generator("validate", "-i", document.toString()).succeeded();
        assertFalse(validation.output().contains("Errors:"), validation::output);
    }

    @Test
    void redocly_lints_every_document_without_a_problem() {
        var documents = new ArrayList<String>();
        documents.add(
                ContractTools.fetch("/openapi?format=JSON", "anliegen.json").toString());
        for (var name : List.of("consumer", "agents", "dev")) {
            documents.add(ContractTools.fetch("/api/openapi/" + name + ".json", name + ".json")
                    .toString());
        }
        var arguments = new ArrayList<>(List.of("lint", "--config", "redocly.yaml", "--format", "stylish"));
        arguments.addAll(documents);
        var lint = ContractTools.npm(Duration.ofMinutes(2), "redocly", arguments.toArray(String[]::new));

        lint.succeeded();
        assertTrue(lint.output().contains("Woohoo! Your API description"), lint::output);
    }

    @Test
    void each_audience_has_a_document_of_its_own_that_the_generator_validates() {
        var consumers = ids(audience("consumer"));
        assertTrue(consumers.containsAll(List.of("verifyRegistration", "getMe", "openConversation", "sendMessage")));
        assertFalse(
                consumers.stream()
                        .anyMatch(List.of("signInStaff", "addNote", "assignConversation", "listDevOutbox")::contains),
                consumers::toString);
        var agents = ids(audience("agents"));
        assertTrue(agents.containsAll(List.of("signInStaff", "listConversations", "sendMessage", "addNote")));
        assertFalse(
                agents.stream()
                        .anyMatch(
                                List.of("verifyRegistration", "getMe", "openConversation", "listDevOutbox")::contains),
                agents::toString);
        assertEquals(Set.of("listDevOutbox", "ping"), ids(audience("dev")));
        for (var name : List.of("consumer", "agents", "dev")) {
            var document = ContractTools.fetch("/api/openapi/" + name + ".json", name + ".json");
            var validation = ContractTools.generator("validate", "-i", document.toString())
                    .succeeded();
            assertFalse(validation.output().contains("Errors:"), validation::output);
        }
    }

    @Test
    void the_document_names_its_server_its_operator_and_the_token_scheme() {
        var document = document();
        assertEquals(
                Api.BASE.toString(),
                document.getJsonArray("servers").getJsonObject(0).getString("url"));
        var info = document.getJsonObject("info");
        assertFalse(info.getJsonObject("contact").getString("email").isBlank(), info::toString);
        assertFalse(info.getJsonObject("license").getString("name").isBlank(), info::toString);
        assertTrue(document.getJsonObject("externalDocs").getString("url").startsWith(Api.BASE.toString()));
        var bearer = document.getJsonObject("components")
                .getJsonObject("securitySchemes")
                .getJsonObject("bearer");
        assertEquals("http", bearer.getString("type"));
        assertEquals("bearer", bearer.getString("scheme"));
    }

    @Test
    void every_operation_has_its_own_operation_id_and_a_tag_the_document_describes() {
        var document = document();
        var described = new HashSet<String>();
        document.getJsonArray("tags").getValuesAs(JsonObject.class).forEach(tag -> {
            assertFalse(tag.getString("description", "").isBlank(), tag::toString);
            described.add(tag.getString("name"));
        });
        var ids = new HashSet<String>();
        forEachOperation(document, (path, method, operation) -> {
            var id = operation.getString("operationId", "");
            assertTrue(id.matches("[a-z][A-Za-z]+"), () -> method + " " + path + ": operationId '" + id + "'");
            assertTrue(ids.add(id), () -> id + " twice");
            var tags = operation.getJsonArray("tags");
            assertTrue(tags != null && described.contains(tags.getString(0)), () -> id + ": tag " + tags);
        });
        assertTrue(
                ids.containsAll(List.of("sendMessage", "verifyRegistration", "startRegistration", "getMe")),
                ids::toString);
    }

    @Test
    void the_limits_of_a_message_are_those_the_service_keeps() {
        var schemas = document().getJsonObject("components").getJsonObject("schemas");
        var message = schemas.getJsonObject("SendMessageRequest").getJsonObject("properties");
        assertEquals(Messages.MOST_CHARACTERS, message.getJsonObject("text").getInt("maxLength"));
        assertEquals(
                Messages.CLIENT_ID_PATTERN,
                message.getJsonObject("clientMessageId").getString("pattern"));
        var request = schemas.getJsonObject("OpenConversationRequest").getJsonObject("properties");
        assertEquals(
                Conversations.MOST_SUBJECT_CHARACTERS,
                request.getJsonObject("subject").getInt("maxLength"));
        assertEquals(Messages.MOST_CHARACTERS, request.getJsonObject("text").getInt("maxLength"));
        assertEquals(
                Messages.CLIENT_ID_PATTERN, request.getJsonObject("requestId").getString("pattern"));
        assertTrue("0b8e6d1e-7d2f-4a51-9c3b-2f1e9a7c5d40".matches(Messages.CLIENT_ID_PATTERN));
        assertFalse("kurz".matches(Messages.CLIENT_ID_PATTERN));
    }

    @Test
    void every_answer_with_a_body_describes_it_for_the_generated_client() {
        forEachOperation(document(), (path, method, operation) -> {
            var responses = operation.getJsonObject("responses");
            for (var code : responses.keySet()) {
                var response = responses.getJsonObject(code);
                if (code.equals("200") || code.equals("201")) {
                    assertTrue(response.containsKey("content"), () -> operation.getString("operationId") + " " + code);
                }
                var content = response.getJsonObject("content");
                if (content != null) {
                    content.forEach((type, media) -> assertFalse(
                            media.asJsonObject().getJsonObject("schema") == null
                                    || media.asJsonObject()
                                            .getJsonObject("schema")
                                            .isEmpty(),
                            () -> operation.getString("operationId") + " " + code + " " + type + ": no schema"));
                    assertFalse(content.containsKey("*/*"), () -> operation.getString("operationId") + " " + code);
                }
            }
        });
    }

    @Test
    void an_operation_that_declares_the_bearer_token_is_refused_without_one_and_no_other_is() {
        var document = document();
        var checked = new int[2];
        forEachOperation(document, (path, method, operation) -> {
            var security = operation.getJsonArray("security");
            assertTrue(security != null, () -> method + " " + path + " says whether it needs a token");
            var needsToken = !security.isEmpty()
                    && security.getValuesAs(JsonObject.class).stream()
                            .allMatch(requirement -> requirement.containsKey("bearer"));
            var reply = callWithoutToken(path, method, operation);
            var responses = operation.getJsonObject("responses");
            assertTrue(
                    responses.getJsonObject("503").getJsonObject("headers").containsKey("Retry-After"),
                    () -> method + " " + path + ": 503 with Retry-After");
            if (needsToken) {
                assertEquals(401, reply.status(), () -> method + " " + path + " declares the token: " + reply);
                assertTrue(reply.header("WWW-Authenticate").isPresent(), reply::toString);
                assertTrue(
                        responses.getJsonObject("401").getJsonObject("headers").containsKey("WWW-Authenticate")
                                && responses.containsKey("403"),
                        () -> method + " " + path + ": 401 with WWW-Authenticate, and 403");
            } else {
                assertNotEquals(401, reply.status(), () -> method + " " + path + " declares none: " + reply);
            }
            checked[needsToken ? 0 : 1]++;
        });
        assertTrue(checked[0] > 30 && checked[1] > 10, () -> "with token " + checked[0] + ", without " + checked[1]);
    }

    private static Api.Reply callWithoutToken(String path, String method, JsonObject operation) {
        var uri = path.replaceAll("\\{[^}]+}", "1");
        var body = operation.getJsonObject("requestBody");
        var contentType = body == null
                ? "application/json"
                : body.getJsonObject("content").keySet().iterator().next();
        var content = body == null
                ? BodyPublishers.noBody()
                : BodyPublishers.ofString(contentType.equals("application/json") ? "{}" : "x");
        return Api.send(Api.request(uri)
                .header("Content-Type", contentType.replace("*", "png"))
                .method(method.toUpperCase(Locale.ROOT), content)
                .build());
    }

    private static JsonObject audience(String name) {
        var reply = Api.get("/api/openapi/" + name + ".json");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private static Set<String> ids(JsonObject document) {
        var ids = new HashSet<String>();
        forEachOperation(document, (path, method, operation) -> ids.add(operation.getString("operationId")));
        return ids;
    }

    private static JsonObject document() {
        var reply = Api.get("/openapi?format=JSON");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private static void forEachOperation(JsonObject document, OperationCheck check) {
        var paths = document.getJsonObject("paths");
        for (var path : paths.keySet()) {
            var item = paths.getJsonObject(path);
            for (var method : METHODS) {
                if (item.containsKey(method)) {
                    check.accept(path, method, item.getJsonObject(method));
                }
            }
        }
    }

    private interface OperationCheck {
        void accept(String path, String method, JsonObject operation);
    }
}
