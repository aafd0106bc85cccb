package de.anliegen.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Api;
import de.anliegen.support.Api.Reply;
import org.junit.jupiter.api.Test;

/** Every API error is RFC 9457 problem details: JSON of one shape, never an HTML page or a stack trace. */
class ProblemDetailsIT extends AgainstTheProduct {

    @Test
    void an_unknown_api_path_answers_404_problem_details() {
        var reply = Api.get("/api/v1/no-such-thing");

        assertProblem(reply, 404, "about:blank", "Not Found");
    }

    @Test
    void a_wrong_method_answers_405_with_the_allowed_ones() {
        var reply = Api.send("DELETE", "/api/dev/outbox", "application/json", "");

        assertProblem(reply, 405, "about:blank", "Method Not Allowed");
        assertTrue(reply.header("Allow").orElse("").contains("GET"), reply::toString);
    }

    @Test
    void a_value_out_of_range_names_what_is_wrong() {
        var reply = Api.get("/api/dev/outbox?limit=0");

        assertProblem(reply, 400, "/problems/invalid", "Bad Request");
        assertEquals(
                "limit", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"), reply::toString);
    }

    @Test
    void a_malformed_parameter_is_a_problem_too() {
        var reply = Api.get("/api/dev/outbox?limit=%3Cscript%3E");

        assertTrue(reply.status() >= 400 && reply.status() < 500, reply::toString);
        assertEquals("application/problem+json", reply.contentType());
        assertFalse(reply.body().contains("<script>"), reply::body);
    }

    static void assertProblem(Reply reply, int status, String type, String title) {
        assertEquals(status, reply.status(), reply::toString);
        assertEquals("application/problem+json", reply.contentType(), reply::toString);
        var problem = reply.json();
        assertEquals(type, problem.getString("type"), reply::body);
        assertEquals(title, problem.getString("title"), reply::body);
        assertEquals(status, problem.getInt("status"), reply::body);
        assertFalse(problem.getString("detail").isBlank(), reply::body);
        assertFalse(reply.body().contains("Exception"), reply::body);
        assertFalse(reply.body().contains("\tat "), reply::body);
    }
}
