package de.anliegen.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.anliegen.support.Api;
import de.anliegen.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The same EAR on a server started in production mode (Failsafe's production-mode run). */
@Tag("production-mode")
@ExtendWith(ArquillianExtension.class)
class ProductionModeIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void the_dev_outbox_does_not_exist_in_production() {
        var reply = Api.get("/api/dev/outbox");

        ProblemDetailsIT.assertProblem(reply, 404, "/problems/not-found", "Not Found");
    }

    @Test
    void the_product_serves_in_production_mode() {
        assertEquals(200, Api.get("/health").status());
        assertEquals(200, Api.get("/portal/login.xhtml").status());
    }
}
