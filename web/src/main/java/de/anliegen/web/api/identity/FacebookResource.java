package de.anliegen.web.api.identity;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import de.anliegen.identity.boundary.FacebookDialog;
import de.anliegen.identity.boundary.SocialSignIn;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sign-in (and registration) with Facebook. */
@Path("v1/auth/facebook")
@Produces(APPLICATION_JSON)
@Consumes(APPLICATION_JSON)
@Tag(name = "Registration")
public class FacebookResource {

    @Inject
    SocialSignIn social;

    @GET
    @Operation(
            summary = "Whether this server offers Facebook sign-in, and where to send the person to sign in",
            description = "Apps without Facebook's SDK send the person to url?client_id={appId}&redirect_uri={their "
                    + "address}&response_type=token&scope={scope}&state={a fresh random value}. Facebook sends "
                    + "them back with #access_token=…&state=… (or ?error=access_denied when they cancel); the app "
                    + "checks state and posts the token here. The redirect address must be registered in the "
                    + "operator's Facebook app (the web app's is https://{host}/app/).")
    @APIResponse(
            responseCode = "200",
            description = "offered: false when this server does not offer Facebook sign-in (then nothing else)")
    public FacebookDialog dialog() {
        return social.facebookDialog();
    }

    @POST
    @Operation(
            summary = "Sign in with the Facebook SDK's access token; registers on first use",
            description = "We keep only Facebook's id for the person (as a key) and the e-mail address, never the "
                    + "token. A consumer registered this way has no mobile number yet (mobileNumber absent).")
    @APIResponse(responseCode = "201", description = "New consumer, signed in")
    @APIResponse(responseCode = "200", description = "Existing consumer, signed in")
    @APIResponse(responseCode = "400", description = "email-required: Facebook shared no e-mail address")
    @APIResponse(responseCode = "401", description = "facebook-token-invalid: expired, or issued to another app")
    @APIResponse(responseCode = "404", description = "This server does not offer Facebook sign-in")
    @APIResponse(
            responseCode = "409",
            description = "email-registered: an account with this e-mail exists; sign in there and link")
    @APIResponse(responseCode = "503", description = "Facebook cannot be asked right now")
    public Response signIn(@Valid @NotNull FacebookTokenRequest body) {
        var signedIn = social.signInWithFacebook(body.accessToken());
        return Response.status(signedIn.newConsumer() ? Response.Status.CREATED : Response.Status.OK)
                .entity(signedIn)
                .build();
    }
}
