package de.anliegen.web.api.identity;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import de.anliegen.identity.boundary.PasswordResets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "Forgot password": a link by e-mail, then the new password. */
@ApplicationScoped
@Path("v1/password-reset")
@Produces(APPLICATION_JSON)
@Consumes(APPLICATION_JSON)
@Tag(name = "Sessions")
public class PasswordResetResource {

    @Inject
    PasswordResets resets;

    @POST
    @Operation(
            operationId = "requestPasswordReset",
            summary = "Send a reset link to this confirmed e-mail address; always 202, whether or not it exists")
    @APIResponse(responseCode = "202", description = "If an account has this address, a link is on its way")
    public Response request(@Valid @NotNull EmailRequest body) {
        resets.request(body.email());
        return Response.accepted().build();
    }

    @POST
    @Path("new-password")
    @Operation(
            operationId = "resetPassword",
            summary = "Choose the new password with the token from the link; signs out every app")
    @APIResponse(responseCode = "204", description = "The new password works from now on")
    @APIResponse(responseCode = "400", description = "Too short or too common (errors names the field)")
    @APIResponse(responseCode = "410", description = "The link was used already or has expired")
    public void reset(@Valid @NotNull NewPasswordRequest body) {
        resets.reset(body.token(), body.password());
    }
}
