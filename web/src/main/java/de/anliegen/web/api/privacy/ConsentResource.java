package de.anliegen.web.api.privacy;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import de.anliegen.identity.boundary.Caller;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.privacy.boundary.ConsentView;
import de.anliegen.privacy.boundary.Consents;
import de.anliegen.web.api.AnliegenApi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The consumer's consents, per purpose. */
@ApplicationScoped
@Path("v1/me/consents")
@Produces(APPLICATION_JSON)
@RolesAllowed(Roles.CONSUMER)
@SecurityRequirement(name = AnliegenApi.BEARER, scopes = Roles.CONSUMER)
@Tag(name = "Consents")
public class ConsentResource {

    @Inject
    Consents consents;

    @Inject
    Caller caller;

    @GET
    @Operation(
            operationId = "listConsents",
            summary = "Every purpose with the consumer's decision and the wording to show",
            description = "Purposes: service-requests (given by connecting with a company), product-analytics,"
                    + " marketing and notifications (optional; never used without consent).")
    @APIResponse(responseCode = "200", description = "One entry per purpose")
    public List<ConsentView> list() {
        return consents.mine(caller.consumer());
    }

    @PUT
    @Consumes(APPLICATION_JSON)
    @Operation(
            operationId = "decideConsent",
            summary = "Give or withdraw consents",
            description = "All decisions or none. Giving consent names the version of the wording shown; withdrawing"
                    + " works at once for the future (withdrawing service-requests ends every connection) and keeps"
                    + " the record that consent was once given.")
    @APIResponse(responseCode = "200", description = "Every purpose as it stands now")
    @APIResponse(responseCode = "400", description = "Unknown purpose or missing choice")
    @APIResponse(responseCode = "409", description = "consent-wording-changed: the version given is not current")
    public List<ConsentView> decide(@Valid @NotNull ConsentsRequest body) {
        return consents.decide(caller.consumer(), body.consents());
    }
}
