package de.anliegen.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Api;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A mobile team builds against /openapi alone: every endpoint is there with its answers, errors included. */
class OpenApiIT extends AgainstTheProduct {

    @ParameterizedTest
    @CsvSource({
        "/api/v1/registrations, post, 202, 400",
        "/api/v1/registrations/{id}/resend, post, 202, 429",
        "/api/v1/registrations/{id}/verification, post, 201, 410",
        "/api/v1/sessions/refresh, post, 200, 401",
        "/api/v1/sessions/current, delete, 204, 401",
        "/api/v1/sessions, delete, 204, 401",
        "/api/v1/me, get, 200, 401",
        "/api/v1/me, patch, 200, 400",
        "/api/v1/me, delete, 204, 400",
        "/api/v1/sessions, post, 200, 429",
        "/api/v1/me/password, put, 204, 400",
        "/api/v1/me/email, put, 202, 409",
        "/api/v1/me/email, put, 202, 429",
        "/api/v1/conversations/{id}/attachments, post, 201, 409",
        "/api/v1/conversations/{id}/attachments, post, 201, 404",
        "/api/v1/conversations/{id}/messages, post, 201, 404",
        "/api/v1/email-confirmations, post, 200, 410",
        "/api/v1/password-reset, post, 202, 202",
        "/api/v1/password-reset/new-password, post, 204, 410",
        "/api/v1/me/mobile-number, put, 202, 409",
        "/api/v1/me/mobile-number/verification, post, 200, 410",
        "/api/v1/me/identity-check, post, 202, 429",
        "/api/v1/auth/facebook, post, 201, 401",
        "/api/v1/auth/facebook/code, post, 201, 401",
        "/api/v1/me/identities/facebook, post, 204, 409",
        "/api/v1/me/identities/facebook/code, post, 204, 400",
        "/api/v1/me/identities/facebook, delete, 200, 404",
        "/api/v1/me/picture, put, 204, 415",
        "/api/v1/me/picture, get, 200, 404",
        "/api/v1/me/picture, delete, 204, 404",
        "/api/v1/companies, get, 200, 400",
        "/api/v1/me/companies, get, 200, 401",
        "/api/v1/me/companies/{handle}, post, 201, 404",
        "/api/v1/me/companies/{handle}, delete, 204, 404"
    })
    void the_document_describes_each_endpoint_with_its_success_and_its_errors(
            String path, String method, String success, String error) {
        var reply = Api.get("/openapi?format=JSON");
        assertEquals(200, reply.status(), reply::toString);

        var paths = reply.json().getJsonObject("paths");
        assertTrue(paths.containsKey(path), () -> path + " missing from " + paths.keySet());
        var operation = paths.getJsonObject(path).getJsonObject(method);
        assertTrue(operation.containsKey("summary"), path);
        var responses = operation.getJsonObject("responses");
        assertTrue(responses.containsKey(success), () -> path + " " + responses.keySet());
        assertTrue(responses.containsKey(error), () -> path + " " + responses.keySet());
        if (!error.startsWith("2")) {
            var problem =
                    responses.getJsonObject(error).getJsonObject("content").getJsonObject("application/problem+json");
            assertEquals(
                    "#/components/schemas/ProblemDetails",
                    problem.getJsonObject("schema").getString("$ref"));
        }
    }

    @Test
    void every_operation_on_an_id_or_handle_says_that_it_may_not_be_found() {
        var paths = Api.get("/openapi?format=JSON").json().getJsonObject("paths");
        var checked = 0;
        for (var path : paths.keySet()) {
            if (!path.contains("{")) {
                continue;
            }
            for (var operation : paths.getJsonObject(path).entrySet()) {
                if (operation.getValue() instanceof JsonObject described && described.containsKey("responses")) {
                    // switching off a device's notifications answers any id alike: no 404 to document
                    var answersAnyId = "unsubscribePush".equals(described.getString("operationId", ""));
                    assertEquals(
                            !answersAnyId,
                            described.getJsonObject("responses").containsKey("404"),
                            () -> operation.getKey() + " " + path + ": 404 documented or not, against what it does");
                    checked++;
                }
            }
        }
        assertTrue(checked > 20, "operations on ids checked: " + checked);
    }

    @Test
    void any_origin_may_read_the_document_but_never_with_credentials() {
        for (var reply : new Api.Reply[] {Api.get("/openapi?format=JSON"), Api.get("/openapi")}) {
            assertEquals(200, reply.status(), reply::toString);
            assertEquals("*", reply.header("Access-Control-Allow-Origin").orElse(null), reply::toString);
            assertTrue(reply.header("Access-Control-Allow-Credentials").isEmpty(), reply::toString);
        }
    }

    @Test
    void problem_details_are_described_once() {
        var schema = Api.get("/openapi?format=JSON")
                .json()
                .getJsonObject("components")
                .getJsonObject("schemas")
                .getJsonObject("ProblemDetails");

        assertTrue(schema.getJsonObject("properties").containsKey("detail"), schema::toString);
        assertTrue(schema.getJsonObject("properties").containsKey("errors"), schema::toString);
    }
}
