package de.anliegen.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.support.Api;
import de.anliegen.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class HealthIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

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
