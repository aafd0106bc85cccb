package de.anliegen.web.api.company;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import de.anliegen.company.boundary.CannedResponseId;
import de.anliegen.company.boundary.CannedResponseView;
import de.anliegen.company.boundary.CannedResponses;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.web.api.AnliegenApi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The canned responses of the caller's company: agents read them, company admins write them. */
@ApplicationScoped
@Path("v1/canned-responses")
@Produces(APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.COMPANY_ADMIN})
@SecurityRequirement(
        name = AnliegenApi.BEARER,
        scopes = {Roles.AGENT, Roles.COMPANY_ADMIN})
@Tag(name = "Companies")
public class CannedResponseResource {

    @Inject
    CannedResponses cannedResponses;

    @GET
    @Operation(
            operationId = "listCannedResponses",
            summary = "The company's canned responses, by title (agents)",
            description =
                    "Placeholders {firstName}, {lastName}, {agentName} and {companyName} are for the client to fill in.")
    public List<CannedResponseView> list() {
        return cannedResponses.list();
    }

    @POST
    @Consumes(APPLICATION_JSON)
    @RolesAllowed(Roles.COMPANY_ADMIN)
    @SecurityRequirement(name = AnliegenApi.BEARER, scopes = Roles.COMPANY_ADMIN)
    @Operation(operationId = "addCannedResponse", summary = "Add a canned response (company admins)")
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content =
                    @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = CannedResponseView.class)))
    @APIResponse(
            responseCode = "409",
            description =
                    "The title is taken (type canned-response-title-taken), or the company keeps as many as it may"
                            + " (type too-many-canned-responses)")
    public Response add(@Valid @NotNull CannedResponseRequest body) {
        return Response.status(Response.Status.CREATED)
                .entity(cannedResponses.add(body.title(), body.text()))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(APPLICATION_JSON)
    @RolesAllowed(Roles.COMPANY_ADMIN)
    @SecurityRequirement(name = AnliegenApi.BEARER, scopes = Roles.COMPANY_ADMIN)
    @Operation(operationId = "changeCannedResponse", summary = "Change a canned response (company admins)")
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content =
                    @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = CannedResponseView.class)))
    @APIResponse(responseCode = "404", description = "No such canned response of the company's")
    @APIResponse(responseCode = "409", description = "The title is taken (type canned-response-title-taken)")
    public CannedResponseView change(@PathParam("id") long id, @Valid @NotNull CannedResponseRequest body) {
        return cannedResponses.change(new CannedResponseId(id), body.title(), body.text());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.COMPANY_ADMIN)
    @SecurityRequirement(name = AnliegenApi.BEARER, scopes = Roles.COMPANY_ADMIN)
    @Operation(operationId = "removeCannedResponse", summary = "Remove a canned response (company admins)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such canned response of the company's")
    public void remove(@PathParam("id") long id) {
        cannedResponses.remove(new CannedResponseId(id));
    }
}
