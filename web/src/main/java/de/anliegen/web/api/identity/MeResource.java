package de.anliegen.web.api.identity;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import de.anliegen.identity.boundary.ConsumerCredentials;
import de.anliegen.identity.boundary.ConsumerEmail;
import de.anliegen.identity.boundary.ConsumerProfile;
import de.anliegen.identity.boundary.ConsumerView;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.web.api.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in consumer's own profile. */
@Path("v1/me")
@Produces(APPLICATION_JSON)
@RolesAllowed(Roles.CONSUMER)
@Tag(name = "Profile")
public class MeResource {

    @Inject
    ConsumerProfile profile;

    @Inject
    ConsumerCredentials credentials;

    @Inject
    ConsumerEmail email;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "The consumer's own profile")
    @APIResponse(responseCode = "200", description = "The profile")
    @APIResponse(responseCode = "401", description = "No valid access token")
    public ConsumerView me() {
        return profile.me(caller.consumer());
    }

    @PUT
    @Path("email")
    @Consumes(APPLICATION_JSON)
    @Operation(summary = "Add or change the e-mail address: a confirmation link goes to it, valid for 24 hours")
    @APIResponse(responseCode = "202", description = "Link sent; the address counts once confirmed")
    @APIResponse(responseCode = "400", description = "Not an e-mail address")
    @APIResponse(responseCode = "409", description = "The address belongs to another account")
    public Response changeEmail(@Valid @NotNull EmailRequest body) {
        return Response.accepted(email.change(caller.consumer(), body.email())).build();
    }

    @PUT
    @Path("password")
    @Consumes(APPLICATION_JSON)
    @Operation(summary = "Choose a password (at least 10 characters, not a common one); a change needs the current one")
    @APIResponse(responseCode = "204", description = "The new password works from now on")
    @APIResponse(responseCode = "400", description = "Too short, too common, or the current password is wrong")
    @APIResponse(responseCode = "401", description = "No valid access token")
    public void choosePassword(@Valid @NotNull PasswordRequest body) {
        credentials.choosePassword(caller.consumer(), body.currentPassword(), body.newPassword());
    }
}
