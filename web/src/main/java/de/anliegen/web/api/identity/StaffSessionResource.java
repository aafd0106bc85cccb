package de.anliegen.web.api.identity;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import de.anliegen.identity.boundary.Roles;
import de.anliegen.identity.boundary.StaffSessions;
import de.anliegen.identity.boundary.StaffToken;
import de.anliegen.web.api.AnliegenApi;
import de.anliegen.web.api.Bearer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Agents and company admins sign in to the API, for their own tools beside the portal. */
@ApplicationScoped
@Path("v1/staff/sessions")
@Produces(APPLICATION_JSON)
@Tag(name = AnliegenApi.STAFF)
public class StaffSessionResource {

    @Inject
    StaffSessions sessions;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(APPLICATION_JSON)
    @Operation(
            operationId = "signInStaff",
            summary = "Sign in as an agent or company admin",
            description = "The access token works for the conversation endpoints and the stream for 8 hours. "
                    + "Platform admins and data protection officers use the portal only.")
    @APIResponse(responseCode = "200", description = "Signed in")
    @APIResponse(responseCode = "401", description = "E-mail address or password do not match")
    @APIResponse(responseCode = "403", description = "Not an agent or company admin")
    @APIResponse(responseCode = "429", description = "Too many failed sign-ins")
    public StaffToken signIn(@Valid @NotNull StaffSignInRequest body) {
        return sessions.open(body.email(), body.password(), body.code(), request.getRemoteAddr());
    }

    @DELETE
    @Path("current")
    @RolesAllowed({Roles.AGENT, Roles.COMPANY_ADMIN})
    @SecurityRequirement(
            name = AnliegenApi.BEARER,
            scopes = {Roles.AGENT, Roles.COMPANY_ADMIN})
    @Operation(operationId = "signOutStaff", summary = "Sign out: the access token stops working")
    @APIResponse(responseCode = "204", description = "Signed out")
    public void signOut() {
        Bearer.token(request).ifPresent(sessions::end);
    }
}
