package de.anliegen.web.api.dev;

import de.anliegen.platform.gateways.Outbox;
import de.anliegen.platform.gateways.OutboxEntry;
import de.anliegen.web.api.AnliegenApi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Dev mode only: the SMS and e-mail the product would have sent. Answers 404 in production mode. */
@ApplicationScoped
@Path("dev/outbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = AnliegenApi.DEVELOPMENT)
public class OutboxResource {

    @Inject
    Outbox outbox;

    @GET
    @Operation(
            operationId = "listDevOutbox",
            summary = "Dev mode: messages kept instead of sent, newest first",
            description = "Exists in dev mode only; production answers 404.")
    public List<OutboxEntry> newestFirst(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Outbox.MOST) int limit) {
        return outbox.newestFirst(limit);
    }
}
