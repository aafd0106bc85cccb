package de.anliegen.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.conversation.boundary.ConversationView;
import de.anliegen.conversation.boundary.Conversations;
import de.anliegen.conversation.boundary.MessageView;
import de.anliegen.conversation.boundary.Messages;
import de.anliegen.identity.boundary.PersonDetails;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Api;
import de.anliegen.support.Consumers;
import de.anliegen.support.ContractTools;
import de.anliegen.support.ServiceRequests;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
        assertEquals(Set.of("listDevOutbox", "ping", "signedInPing"), ids(audience("dev")));
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
    void the_schemas_say_which_fields_an_answer_always_has_and_which_values_they_take() {
        var document = document();
        var schemas = document.getJsonObject("components").getJsonObject("schemas");
        var message = schemas.getJsonObject("MessageView");
        assertTrue(
                strings(message.getJsonArray("required")).containsAll(List.of("id", "seq", "author", "sentAt", "read")),
                message::toString);
        assertFalse(strings(message.getJsonArray("required")).contains("agentName"), message::toString);
        assertEquals(
                MessageView.AUTHORS,
                strings(property(schemas, "MessageView", "author").getJsonArray("enum")));
        assertEquals(
                ConversationView.STATUSES,
                strings(property(schemas, "ConversationView", "status").getJsonArray("enum")));
        assertEquals(
                Conversations.STATUSES_AN_AGENT_SETS,
                strings(property(schemas, "StatusRequest", "status").getJsonArray("enum")));
        assertEquals(
                Roles.STAFF,
                strings(property(schemas, "StaffAccountView", "roles")
                        .getJsonObject("items")
                        .getJsonArray("enum")));
        assertTrue("+4915112345678"
                .matches(property(schemas, "ConsumerView", "mobileNumber").getString("pattern")));
        assertTrue(property(schemas, "RegistrationRequest", "mobileNumber")
                .getString("description")
                .contains("E.164"));

        var open = document.getJsonObject("paths")
                .getJsonObject("/api/v1/conversations")
                .getJsonObject("post");
        assertTrue(open.getJsonObject("responses")
                .getJsonObject("201")
                .getJsonObject("headers")
                .containsKey("Location"));
        var queue = document
                .getJsonObject("paths")
                .getJsonObject("/api/v1/conversations")
                .getJsonObject("get")
                .getJsonArray("parameters")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(parameter -> parameter.getString("name").equals("queue"))
                .findFirst()
                .orElseThrow();
        assertEquals(Conversations.QUEUES, strings(queue.getJsonObject("schema").getJsonArray("enum")));
    }

    private static JsonObject property(JsonObject schemas, String schema, String property) {
        return schemas.getJsonObject(schema).getJsonObject("properties").getJsonObject(property);
    }

    private static List<String> strings(jakarta.json.JsonArray array) {
        return array == null
                ? List.of()
                : array.getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList();
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
                    var json = content.getJsonObject("application/json");
                    if (code.startsWith("2") && json != null) {
                        var schema = json.getJsonObject("schema");
                        assertTrue(
                                schema.containsKey("$ref")
                                        || schema.containsKey("items")
                                        || schema.containsKey("properties"),
                                () -> operation.getString("operationId") + " " + code + ": a free-form object");
                        assertTrue(
                                json.containsKey("example"),
                                () -> operation.getString("operationId") + " " + code + ": no example");
                    }
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
            if (operation.containsKey("requestBody")) {
                assertTrue(responses.containsKey("415"), () -> method + " " + path + ": 415 for another type of body");
            }
            checked[needsToken ? 0 : 1]++;
        });
        assertTrue(checked[0] > 30 && checked[1] > 10, () -> "with token " + checked[0] + ", without " + checked[1]);
    }

    /**
     * Every limit the document states is one the service keeps: for each string with a maxLength and each integer
     * with a maximum (in a path, a query or a JSON body's top level), one over it is refused with 400 problem details
     * that name the field. Called with a token of a role the operation names, so that the limit, not the sign-in,
     * answers.
     */
    @Test
    void every_documented_limit_is_kept_and_a_value_over_it_is_refused_naming_its_field() {
        var document = document();
        var schemas = document.getJsonObject("components").getJsonObject("schemas");
        var tokens = Map.of(
                "CONSUMER", Consumers.signUp("Grenz", "Wert").accessToken(),
                "AGENT", ServiceRequests.stadtwerkeAgent().accessToken(),
                "COMPANY_ADMIN", ServiceRequests.stadtwerkeAdmin().accessToken());
        var checked = new ArrayList<String>();
        var wrong = new ArrayList<String>();
        forEachOperation(document, (path, method, operation) -> {
            var token = tokenFor(operation, tokens);
            var parameters = operation.getJsonArray("parameters");
            if (parameters != null) {
                for (var parameter : parameters.getValuesAs(JsonObject.class)) {
                    var name = parameter.getString("name");
                    overLimit(parameter.getJsonObject("schema")).ifPresent(over -> {
                        var uri = parameter.getString("in").equals("path")
                                ? concrete(path.replace("{" + name + "}", encode(over)))
                                : concrete(path) + "?" + name + "=" + encode(over);
                        checked.add(operation.getString("operationId") + " " + name);
                        refused(call(method, uri, anyBody(operation), token), name, operation)
                                .ifPresent(wrong::add);
                    });
                }
            }
            var json = jsonBodySchema(operation, schemas);
            if (json != null && json.containsKey("properties")) {
                json.getJsonObject("properties").forEach((name, property) -> {
                    var schema = resolved(property.asJsonObject(), schemas);
                    overLimit(schema).ifPresent(over -> {
                        var value = schema.getString("type", "").equals("string")
                                ? Json.createValue(over)
                                : Json.createValue(Long.parseLong(over));
                        var body = Json.createObjectBuilder()
                                .add(name, value)
                                .build()
                                .toString();
                        checked.add(operation.getString("operationId") + " " + name);
                        refused(
                                        call(method, concrete(path), Map.entry("application/json", body), token),
                                        name,
                                        operation)
                                .ifPresent(wrong::add);
                    });
                });
            }
        });
        assertEquals(List.of(), wrong);
        assertTrue(
                checked.containsAll(List.of("sendMessage text", "openConversation subject", "listMessages limit"))
                        && checked.size() > 40,
                checked::toString);
    }

    /**
     * The document's maxLength counts as JSON Schema counts (code points: an emoji is one), and so does the service,
     * down to the database (H2 counts UTF-16 units: V29): a name of 100 emoji is a name, 101 is one too many.
     */
    @Test
    void text_is_counted_as_the_document_counts_it_an_emoji_is_one_character() {
        var longest = "😀".repeat(PersonDetails.MOST_NAME);
        var number = Consumers.newMobileNumber();
        var registered = Consumers.register(longest, "Zeichen", number);
        assertEquals(202, registered.status(), registered::toString);
        var verified = Consumers.verify(registered.json().getString("id"), Consumers.codeSentTo(number));
        assertEquals(201, verified.status(), verified::toString);
        assertEquals(longest, verified.json().getJsonObject("consumer").getString("firstName"));

        var tooLong = Consumers.register(longest + "😀", "Zeichen", Consumers.newMobileNumber());
        assertTrue(
                refused(
                                tooLong,
                                "firstName",
                                Json.createObjectBuilder()
                                        .add("operationId", "startRegistration")
                                        .build())
                        .isEmpty(),
                tooLong::toString);
    }

    /** What is wrong with the answer to a value over a limit, if anything. */
    private static Optional<String> refused(Api.Reply reply, String field, JsonObject operation) {
        var refusedNamingIt = reply.status() == 400
                && reply.contentType().startsWith("application/problem+json")
                && reply.json().containsKey("errors")
                && reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                        .anyMatch(error -> error.getString("field").equals(field));
        return refusedNamingIt
                ? Optional.empty()
                : Optional.of(operation.getString("operationId") + " with " + field + " over its limit: " + reply);
    }

    /** A value just over the schema's limit, if it has one. */
    private static Optional<String> overLimit(JsonObject schema) {
        if (schema == null) {
            return Optional.empty();
        }
        if (schema.containsKey("maxLength")) {
            return Optional.of("a".repeat(schema.getInt("maxLength") + 1));
        }
        if (schema.containsKey("maximum")) {
            return Optional.of(String.valueOf(schema.getJsonNumber("maximum").longValue() + 1));
        }
        return Optional.empty();
    }

    private static String tokenFor(JsonObject operation, Map<String, String> tokens) {
        return operation.getJsonArray("security").getValuesAs(JsonObject.class).stream()
                .flatMap(requirement -> requirement.values().stream())
                .flatMap(roles -> roles.asJsonArray().getValuesAs(jakarta.json.JsonString.class).stream())
                .map(role -> tokens.get(role.getString()))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    private static JsonObject jsonBodySchema(JsonObject operation, JsonObject schemas) {
        var body = operation.getJsonObject("requestBody");
        if (body == null || !body.getJsonObject("content").containsKey("application/json")) {
            return null;
        }
        return resolved(
                body.getJsonObject("content").getJsonObject("application/json").getJsonObject("schema"), schemas);
    }

    private static JsonObject resolved(JsonObject schema, JsonObject schemas) {
        return schema.containsKey("$ref")
                ? schemas.getJsonObject(schema.getString("$ref").substring("#/components/schemas/".length()))
                : schema;
    }

    private static String concrete(String path) {
        return path.replaceAll("\\{[^}]+}", "1");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A body of the first type the operation takes ({@code {}} for JSON, a byte for a file), or none. */
    private static Map.Entry<String, String> anyBody(JsonObject operation) {
        var body = operation.getJsonObject("requestBody");
        if (body == null) {
            return null;
        }
        var type = body.getJsonObject("content").keySet().iterator().next();
        return type.equals("application/json") ? Map.entry(type, "{}") : Map.entry(type.replace("*", "png"), "x");
    }

    private static Api.Reply call(String method, String uri, Map.Entry<String, String> body, String token) {
        var request = Api.request(uri)
                .method(
                        method.toUpperCase(Locale.ROOT),
                        body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body.getValue()));
        if (body != null) {
            request.header("Content-Type", body.getKey());
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return Api.send(request.build());
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
