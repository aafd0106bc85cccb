package de.anliegen.web.api.identity;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import de.anliegen.identity.boundary.RegistrationView;
import de.anliegen.identity.boundary.Registrations;
import de.anliegen.identity.boundary.SignedIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Registration and sign-in with a mobile number and a code sent by SMS. */
@ApplicationScoped
@Path("v1/registrations")
@Produces(APPLICATION_JSON)
@Consumes(APPLICATION_JSON)
@Tag(name = "Registration")
public class RegistrationResource {

    @Inject
    Registrations registrations;

    @Context
    HttpServletRequest request;

    @POST
    @Operation(
            operationId = "startRegistration",
            summary = "Start a registration (or sign-in): sends a six-digit code by SMS")
    @APIResponse(
            responseCode = "202",
            description = "Code sent; nextCodeAllowedAt says when a resend is allowed",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid names or not a mobile number (errors names the field)")
    @APIResponse(responseCode = "429", description = "Too many codes for this number or network; see Retry-After")
    public Response start(@Valid @NotNull RegistrationRequest body) {
        var registration = registrations.start(body.toCommand(), request.getRemoteAddr());
        return Response.accepted(registration).build();
    }

    @POST
    @Path("{id}/resend")
    @Operation(
            operationId = "resendRegistrationCode",
            summary = "Send a new code; allowed after growing delays (1, 2, 5, 10 minutes)")
    @APIResponse(
            responseCode = "202",
            description = "New code sent; the old one no longer works",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "429", description = "Not yet; Retry-After says when")
    @APIResponse(responseCode = "404", description = "No such registration")
    @APIResponse(responseCode = "410", description = "Registration completed or burnt: start again")
    public Response resend(@PathParam("id") String id) {
        RegistrationView registration = registrations.resend(id, request.getRemoteAddr());
        return Response.accepted(registration).build();
    }

    @POST
    @Path("{id}/verification")
    @Operation(
            operationId = "verifyRegistration",
            summary = "Send back the code: creates the consumer or signs in the one with this number")
    @APIResponse(
            responseCode = "201",
            description = "New consumer, signed in",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = SignedIn.class)))
    @APIResponse(responseCode = "200", description = "Existing consumer, signed in")
    @APIResponse(responseCode = "400", description = "Wrong code (tries left in detail) or expired code")
    @APIResponse(responseCode = "410", description = "Too many wrong codes, or already used: start again")
    public Response verify(@PathParam("id") String id, @Valid @NotNull VerificationRequest body) {
        SignedIn signedIn = registrations.verify(id, body.code());
        return Response.status(signedIn.newConsumer() ? Response.Status.CREATED : Response.Status.OK)
                .entity(signedIn)
                .build();
    }
}
