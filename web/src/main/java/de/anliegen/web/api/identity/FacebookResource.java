package de.anliegen.web.api.identity;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import de.anliegen.identity.boundary.FacebookDialog;
import de.anliegen.identity.boundary.SignedIn;
import de.anliegen.identity.boundary.SocialSignIn;
import jakarta.enterprise.context.ApplicationScoped;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sign-in (and registration) with Facebook: by the code of its login dialog, or a native app's token (ADR 10). */
@ApplicationScoped
@Path("v1/auth/facebook")
@Produces(APPLICATION_JSON)
@Consumes(APPLICATION_JSON)
@Tag(name = "Registration")
public class FacebookResource {

    @Inject
    SocialSignIn social;

    @GET
    @Operation(
            operationId = "getFacebookDialog",
            summary = "Whether this server offers Facebook sign-in, and where to send the person to sign in",
            description = "Apps without Facebook's SDK send the person to url?client_id={appId}&redirect_uri={their "
                    + "address}&response_type=code&scope={scope}&state={a fresh random value}&code_challenge="
                    + "{BASE64URL(SHA-256(verifier))}&code_challenge_method=S256, keeping state and the verifier (a "
                    + "fresh random value of 43 to 128 characters, RFC 7636) to themselves. Facebook sends them back "
                    + "with ?code=…&state=… (or ?error=access_denied when they cancel); the app checks state, takes "
                    + "code and state out of its address at once and posts code, codeVerifier and redirectUri to "
                    + "POST /api/v1/auth/facebook/code. The redirect address must be registered in the operator's "
                    + "Facebook app (the web app's is https://{host}/app/).")
    @APIResponse(
            responseCode = "200",
            description = "offered: false when this server does not offer Facebook sign-in (then nothing else)")
    public FacebookDialog dialog() {
        return social.facebookDialog();
    }

    @POST
    @Path("code")
    @Operation(
            operationId = "signInWithFacebookCode",
            summary = "Sign in with the code Facebook's login dialog returned; registers on first use",
            description = "Our server exchanges the code with Facebook (with the app secret and the PKCE verifier) "
                    + "and reads Facebook's id for the person, names and e-mail address: Facebook's token never "
                    + "reaches the app and is not kept. We keep only the id (as a key) and the e-mail address. A "
                    + "consumer registered this way has no mobile number yet (mobileNumber absent).")
    @APIResponse(
            responseCode = "201",
            description = "New consumer, signed in",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = SignedIn.class)))
    @APIResponse(responseCode = "200", description = "Existing consumer, signed in")
    @APIResponse(
            responseCode = "400",
            description = "invalid: code, codeVerifier or redirectUri missing or malformed (errors names the field); "
                    + "email-required: Facebook shared no e-mail address")
    @APIResponse(
            responseCode = "401",
            description = "facebook-code-invalid: Facebook refuses the code (expired, used already, another "
                    + "verifier or redirect address)")
    @APIResponse(responseCode = "404", description = "This server does not offer Facebook sign-in")
    @APIResponse(
            responseCode = "409",
            description = "email-registered: an account with this e-mail exists; sign in there and link")
    @APIResponse(responseCode = "503", description = "Facebook cannot be asked right now")
    public Response signInWithCode(@Valid @NotNull FacebookCodeRequest body) {
        return signedIn(social.signInWithFacebook(body.toProof()));
    }

    @POST
    @Operation(
            operationId = "signInWithFacebook",
            summary = "Sign in with the access token of Facebook's SDK in a native app; registers on first use",
            description = "For native apps whose Facebook SDK hands them a token; browsers use POST "
                    + "/api/v1/auth/facebook/code, so that no Facebook token reaches them. The token must be issued "
                    + "to the operator's Facebook app. We keep only Facebook's id for the person (as a key) and the "
                    + "e-mail address, never the token. A consumer registered this way has no mobile number yet.")
    @APIResponse(
            responseCode = "201",
            description = "New consumer, signed in",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = SignedIn.class)))
    @APIResponse(responseCode = "200", description = "Existing consumer, signed in")
    @APIResponse(responseCode = "400", description = "email-required: Facebook shared no e-mail address")
    @APIResponse(responseCode = "401", description = "facebook-token-invalid: expired, or issued to another app")
    @APIResponse(responseCode = "404", description = "This server does not offer Facebook sign-in")
    @APIResponse(
            responseCode = "409",
            description = "email-registered: an account with this e-mail exists; sign in there and link")
    @APIResponse(responseCode = "503", description = "Facebook cannot be asked right now")
    public Response signIn(@Valid @NotNull FacebookTokenRequest body) {
        return signedIn(social.signInWithFacebook(body.toProof()));
    }

    private static Response signedIn(SignedIn signedIn) {
        return Response.status(signedIn.newConsumer() ? Response.Status.CREATED : Response.Status.OK)
                .entity(signedIn)
                .build();
    }
}
