package de.anliegen.web.api.dev;

import de.anliegen.identity.boundary.Roles;
import de.anliegen.platform.problems.NotFound;
import de.anliegen.platform.settings.Settings;
import de.anliegen.web.api.AnliegenApi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Dev mode only: the most trivial endpoint, no database, no security, so that the benchmark can tell the platform's
 * own limit from the cost of the product's work. Answers 404 in production mode.
 */
@ApplicationScoped
@Path("dev/ping")
@Tag(name = AnliegenApi.DEVELOPMENT)
public class PingResource {

    @Inject
    Settings settings;

    @GET
    @Operation(
            operationId = "ping",
            summary = "Dev mode: answers 204 and does nothing else",
            description = "Production answers 404.")
    public void ping() {
        if (!settings.isDev()) {
            throw new NotFound("there is no ping in production mode");
        }
    }

    @GET
    @Path("signed-in")
    @RolesAllowed(Roles.CONSUMER)
    @SecurityRequirement(name = AnliegenApi.BEARER, scopes = Roles.CONSUMER)
    @Operation(
            operationId = "signedInPing",
            summary = "Dev mode: answers 204 to a signed-in consumer and does nothing else",
            description = "The token check and the usage log, nothing more. Production answers 404.")
    public void signedInPing() {
        ping();
    }
}
