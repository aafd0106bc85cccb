package de.anliegen.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Api;
import org.junit.jupiter.api.Test;

class HealthIT extends AgainstTheProduct {

    @Test
    void health_is_up_when_the_database_answers_and_the_schema_is_migrated() {
        var reply = Api.get("/health");

        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/json"), reply::contentType);
        var health = reply.json();
        assertEquals("UP", health.getString("status"));
        var database = health.getJsonArray("checks").getJsonObject(0);
        assertEquals("database", database.getString("name"));
        assertEquals("UP", database.getString("status"));
        assertEquals("answers", database.getJsonObject("data").getString("connection"));
        assertTrue(database.getJsonObject("data").getString("schema").startsWith("schema version "), reply::body);
    }

    @Test
    void health_is_never_cached() {
        assertEquals("no-store", Api.get("/health").header("Cache-Control").orElse(""));
    }
}
