package de.anliegen.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.openapi.api.SmallRyeOpenAPI;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.junit.jupiter.api.Test;

/** The filter on a small model, written to JSON by the library that writes the served documents. */
class ApiDocumentTest {

    @Test
    void a_public_operation_says_it_needs_no_token_and_a_signed_in_one_names_its_refusals() {
        var document = filtered();
        var open = document.getJsonObject("paths")
                .getJsonObject("/api/v1/companies")
                .getJsonObject("get");
        assertEquals(List.of(JsonValue.EMPTY_JSON_OBJECT), open.getJsonArray("security"), open::toString);
        assertTrue(open.getJsonObject("responses").containsKey("400"));
        assertTrue(open.getJsonObject("responses").containsKey("503"));

        assertFalse(open.getJsonObject("responses").containsKey("415"), "no body, no 415");
        var change = document.getJsonObject("paths").getJsonObject("/api/v1/me").getJsonObject("put");
        assertTrue(change.getJsonObject("responses").containsKey("415"), change::toString);
        assertTrue(change.getJsonObject("responses").containsKey("413"), change::toString);

        var mine = document.getJsonObject("paths").getJsonObject("/api/v1/me").getJsonObject("get");
        assertEquals(
                "CONSUMER",
                mine.getJsonArray("security")
                        .getJsonObject(0)
                        .getJsonArray("bearer")
                        .getString(0));
        var refusals = mine.getJsonObject("responses");
        assertTrue(refusals.getJsonObject("401").getJsonObject("headers").containsKey("WWW-Authenticate"));
        assertTrue(refusals.containsKey("403"));
        assertTrue(refusals.getJsonObject("503").getJsonObject("headers").containsKey("Retry-After"));
        assertEquals(
                "#/components/schemas/ProblemDetails",
                refusals.getJsonObject("403")
                        .getJsonObject("content")
                        .getJsonObject("application/problem+json")
                        .getJsonObject("schema")
                        .getString("$ref"));
    }

    @Test
    void a_json_answer_comes_with_the_example_of_its_schema() {
        var me =
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/ConsumerView"));
        var answer = OASFactory.createAPIResponse()
                .description("OK")
                .content(OASFactory.createContent().addMediaType("application/json", me));
        var model = OASFactory.createOpenAPI()
                .openapi("3.1.0")
                .info(OASFactory.createInfo().title("Anliegen app API").version("1"))
                .paths(OASFactory.createPaths()
                        .addPathItem(
                                "/api/v1/me",
                                OASFactory.createPathItem()
                                        .GET(OASFactory.createOperation()
                                                .operationId("getMe")
                                                .responses(OASFactory.createAPIResponses()
                                                        .addAPIResponse("200", answer)))));
        var example = written(model)
                .getJsonObject("paths")
                .getJsonObject("/api/v1/me")
                .getJsonObject("get")
                .getJsonObject("responses")
                .getJsonObject("200")
                .getJsonObject("content")
                .getJsonObject("application/json")
                .getJsonObject("example");
        assertEquals("+4915112345678", example.getString("mobileNumber"));
        assertEquals(1042, example.getInt("id"));
    }

    private static JsonObject filtered() {
        var model = OASFactory.createOpenAPI()
                .openapi("3.1.0")
                .info(OASFactory.createInfo().title("Anliegen app API").version("1"))
                .paths(OASFactory.createPaths()
                        .addPathItem(
                                "/api/v1/companies", OASFactory.createPathItem().GET(operation("searchCompanies")))
                        .addPathItem(
                                "/api/v1/me",
                                OASFactory.createPathItem()
                                        .GET(operation("getMe")
                                                .addSecurityRequirement(OASFactory.createSecurityRequirement()
                                                        .addScheme(AnliegenApi.BEARER, List.of("CONSUMER"))))
                                        .PUT(operation("changeMe")
                                                .requestBody(OASFactory.createRequestBody()
                                                        .content(OASFactory.createContent()
                                                                .addMediaType(
                                                                        "application/json",
                                                                        OASFactory.createMediaType()))))));
        return written(model);
    }

    private static JsonObject written(org.eclipse.microprofile.openapi.models.OpenAPI model) {
        var json = SmallRyeOpenAPI.builder()
                .withConfig(new NoConfig())
                .withInitialModel(model)
                .enableModelReader(false)
                .enableStandardStaticFiles(false)
                .enableAnnotationScan(false)
                .enableStandardFilter(true)
                .addFilter(new ApiDocument())
                .build()
                .toJSON();
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /** No MicroProfile Config outside the server: every property takes the library's default. */
    private static final class NoConfig implements Config {
        @Override
        public <T> T getValue(String name, Class<T> type) {
            throw new NoSuchElementException(name);
        }

        @Override
        public ConfigValue getConfigValue(String name) {
            throw new UnsupportedOperationException(name);
        }

        @Override
        public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
            return Optional.empty();
        }

        @Override
        public Iterable<String> getPropertyNames() {
            return List.of();
        }

        @Override
        public Iterable<ConfigSource> getConfigSources() {
            return List.of();
        }

        @Override
        public <T> Optional<Converter<T>> getConverter(Class<T> type) {
            return Optional.empty();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new IllegalArgumentException(type.getName());
        }
    }

    private static org.eclipse.microprofile.openapi.models.Operation operation(String id) {
        return OASFactory.createOperation()
                .operationId(id)
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("OK")));
    }
}
