package de.anliegen.web.api.identity;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import de.anliegen.identity.boundary.Caller;
import de.anliegen.identity.boundary.ConsumerCredentials;
import de.anliegen.identity.boundary.ConsumerSessions;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.identity.boundary.SignedIn;
import de.anliegen.identity.boundary.Tokens;
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

/** The app's sessions: sign in with a password, refresh the tokens, sign out here or everywhere. */
@ApplicationScoped
@Path("v1/sessions")
@Produces(APPLICATION_JSON)
@Tag(name = "Sessions")
public class SessionResource {

    @Inject
    ConsumerSessions sessions;

    @Inject
    ConsumerCredentials credentials;

    @Inject
    Caller caller;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(APPLICATION_JSON)
    @Operation(operationId = "signIn", summary = "Sign in with mobile number or confirmed e-mail address and password")
    @APIResponse(responseCode = "200", description = "Signed in: the consumer and the tokens")
    @APIResponse(responseCode = "401", description = "Login or password do not match (which one is not said)")
    @APIResponse(responseCode = "429", description = "Too many failed sign-ins for this account or network")
    public SignedIn signIn(@Valid @NotNull SignInRequest body) {
        return credentials.signIn(body.login(), body.password(), request.getRemoteAddr());
    }

    @POST
    @Path("refresh")
    @Consumes(APPLICATION_JSON)
    @Operation(
            operationId = "refreshSession",
            summary = "A new token pair for the refresh token, which is used up; reusing it ends the session")
    @APIResponse(responseCode = "200", description = "New tokens")
    @APIResponse(responseCode = "401", description = "Refresh token unknown, expired or used up: sign in again")
    public Tokens refresh(@Valid @NotNull RefreshRequest body) {
        return sessions.refresh(body.refreshToken());
    }

    @DELETE
    @Path("current")
    @RolesAllowed(Roles.CONSUMER)
    @SecurityRequirement(name = AnliegenApi.BEARER, scopes = Roles.CONSUMER)
    @Operation(operationId = "signOut", summary = "Sign out this app: its tokens stop working")
    @APIResponse(responseCode = "204", description = "Signed out")
    @APIResponse(responseCode = "401", description = "No valid access token")
    public void signOut() {
        Bearer.token(request).ifPresent(sessions::end);
    }

    @DELETE
    @RolesAllowed(Roles.CONSUMER)
    @SecurityRequirement(name = AnliegenApi.BEARER, scopes = Roles.CONSUMER)
    @Operation(
            operationId = "signOutEverywhere",
            summary = "Sign out everywhere: the tokens of every app of this consumer stop working")
    @APIResponse(responseCode = "204", description = "Signed out everywhere")
    @APIResponse(responseCode = "401", description = "No valid access token")
    public void signOutEverywhere() {
        sessions.endAll(caller.consumer());
    }
}
