package de.anliegen.web.api.company;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import de.anliegen.company.boundary.ConnectionView;
import de.anliegen.company.boundary.Connections;
import de.anliegen.identity.boundary.Caller;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.web.api.AnliegenApi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The consumer's connections with companies. */
@ApplicationScoped
@Path("v1/me/companies")
@Produces(APPLICATION_JSON)
@RolesAllowed(Roles.CONSUMER)
@SecurityRequirement(name = AnliegenApi.BEARER, scopes = Roles.CONSUMER)
@Tag(name = "Companies")
public class MyCompaniesResource {

    @Inject
    Connections connections;

    @Inject
    Caller caller;

    @GET
    @Operation(
            operationId = "listMyCompanies",
            summary = "The companies the consumer is connected with; all=true adds the ended connections")
    @APIResponse(
            responseCode = "200",
            description = "Connections, newest first, with when they were made and ended and whether the company takes"
                    + " requests now (a suspended one does not, and no search finds it; its connection stays until"
                    + " the consumer disconnects)")
    @APIResponse(responseCode = "401", description = "No valid access token")
    public List<ConnectionView> list(@QueryParam("all") @DefaultValue("false") boolean all) {
        return connections.of(caller.consumer(), all);
    }

    @POST
    @Path("{handle}")
    @Operation(
            operationId = "connectCompany",
            summary = "Connect with a company",
            description = "Connecting lets this company see the consumer's name, mobile number and requests to it.")
    @APIResponse(
            responseCode = "201",
            description = "Connected",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = ConnectionView.class)))
    @APIResponse(responseCode = "200", description = "Connected already")
    @APIResponse(responseCode = "404", description = "No such company")
    @APIResponse(
            responseCode = "409",
            description = "The company does not take requests through Anliegen at the moment (type company-suspended)")
    public Response connect(@PathParam("handle") @Size(max = 60) String handle) {
        var connected = connections.connect(caller.consumer(), handle);
        return Response.status(connected.isNew() ? Response.Status.CREATED : Response.Status.OK)
                .entity(connected.connection())
                .build();
    }

    @DELETE
    @Path("{handle}")
    @Operation(
            operationId = "disconnectCompany",
            summary = "Disconnect from a company",
            description = "The company can then no longer open conversations with the consumer or read the profile.")
    @APIResponse(responseCode = "204", description = "Disconnected")
    @APIResponse(responseCode = "404", description = "Not connected with this company")
    public void disconnect(@PathParam("handle") @Size(max = 60) String handle) {
        connections.disconnect(caller.consumer(), handle);
    }
}
