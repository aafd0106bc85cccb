package de.anliegen.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.anliegen.support.AgainstTheProduct;
import de.anliegen.support.Api;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The same EAR on a server started in production mode (Failsafe's production-mode run). */
@Tag("production-mode")
class ProductionModeIT extends AgainstTheProduct {

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
