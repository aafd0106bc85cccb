package de.anliegen.web.api.identity;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import de.anliegen.identity.boundary.Caller;
import de.anliegen.identity.boundary.ConsumerCredentials;
import de.anliegen.identity.boundary.ConsumerEmail;
import de.anliegen.identity.boundary.ConsumerProfile;
import de.anliegen.identity.boundary.ConsumerView;
import de.anliegen.identity.boundary.EmailChange;
import de.anliegen.identity.boundary.FacebookUnlinked;
import de.anliegen.identity.boundary.RegistrationView;
import de.anliegen.identity.boundary.Registrations;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.identity.boundary.SocialSignIn;
import de.anliegen.privacy.boundary.Erasure;
import de.anliegen.web.api.AnliegenApi;
import de.anliegen.web.api.Bearer;
import de.anliegen.web.api.PictureBodies;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in consumer's own profile. */
@ApplicationScoped
@Path("v1/me")
@Produces(APPLICATION_JSON)
@RolesAllowed(Roles.CONSUMER)
@SecurityRequirement(name = AnliegenApi.BEARER, scopes = Roles.CONSUMER)
@Tag(name = "Profile")
public class MeResource {

    @Inject
    ConsumerProfile profile;

    @Inject
    Erasure erasure;

    @Inject
    ConsumerCredentials credentials;

    @Inject
    ConsumerEmail email;

    @Inject
    SocialSignIn social;

    @Inject
    Registrations registrations;

    @Context
    HttpServletRequest request;

    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "getMe", summary = "The consumer's own profile")
    @APIResponse(responseCode = "200", description = "The profile")
    @APIResponse(responseCode = "401", description = "No valid access token")
    public ConsumerView me() {
        return profile.me(caller.consumer());
    }

    @PATCH
    @Consumes(APPLICATION_JSON)
    @Operation(
            operationId = "changeMe",
            summary = "Correct the profile: names, e-mail address; a field left out stays as it is",
            description = "A new e-mail address gets a confirmation link (as PUT /api/v1/me/email) and appears in the "
                    + "profile once confirmed. The picture has its own address: /api/v1/me/picture.")
    @APIResponse(responseCode = "200", description = "The corrected profile")
    @APIResponse(responseCode = "400", description = "A name empty, too long or with control characters; no e-mail")
    @APIResponse(responseCode = "409", description = "The e-mail address belongs to another account")
    @APIResponse(responseCode = "429", description = "Too many e-mail addresses in an hour; see Retry-After")
    public ConsumerView change(@Valid @NotNull ProfileChangeRequest body) {
        return profile.change(caller.consumer(), body.firstName(), body.lastName(), body.email());
    }

    @DELETE
    @Consumes(APPLICATION_JSON)
    @Operation(
            operationId = "deleteMe",
            summary = "Delete the whole profile, with every Facebook key and session",
            description = "Needs the password, the verificationId and code of POST /api/v1/me/identity-check, or "
                    + "a fresh confirmation of the linked Facebook account: facebook, the code its login dialog "
                    + "returned (with auth_type=reauthenticate) as for POST /api/v1/auth/facebook/code, or a native "
                    + "app's facebookAccessToken issued in the last 10 minutes.")
    @APIResponse(responseCode = "204", description = "Deleted: no token works any more, no sign-in is possible")
    @APIResponse(
            responseCode = "400",
            description = "Wrong password or code, a Facebook code or token Facebook does not confirm, another "
                    + "Facebook account, or no proof")
    public void delete(@Valid @NotNull DeletionRequest body) {
        erasure.mine(caller.consumer(), body.toProof());
    }

    @POST
    @Path("identity-check")
    @Operation(
            operationId = "requestIdentityCheck",
            summary = "Send a code to the consumer's own number, to confirm it is them (before a deletion)")
    @APIResponse(
            responseCode = "202",
            description = "Code sent; id is the verificationId",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "400", description = "No mobile number: use the password instead")
    @APIResponse(responseCode = "429", description = "Too many codes; see Retry-After")
    public Response identityCheck() {
        return Response.accepted(registrations.startIdentityCheck(caller.consumer(), request.getRemoteAddr()))
                .build();
    }

    @PUT
    @Path("mobile-number")
    @Consumes(APPLICATION_JSON)
    @Operation(
            operationId = "changeMobileNumber",
            summary = "Change the mobile number: a code goes to the new one; the old number stays until it returns")
    @APIResponse(
            responseCode = "202",
            description = "Code sent; id is the verificationId",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "400", description = "Not a mobile number")
    @APIResponse(responseCode = "409", description = "The number belongs to another account")
    @APIResponse(responseCode = "429", description = "Too many codes; see Retry-After")
    public Response changeMobileNumber(@Valid @NotNull MobileNumberRequest body) {
        var verification =
                registrations.startNumberChange(caller.consumer(), body.mobileNumber(), request.getRemoteAddr());
        return Response.accepted(verification).build();
    }

    @POST
    @Path("mobile-number/verification")
    @Consumes(APPLICATION_JSON)
    @Operation(
            operationId = "confirmMobileNumber",
            summary = "Send back the code that went to the new number: it becomes the consumer's")
    @APIResponse(responseCode = "200", description = "The profile with the new number")
    @APIResponse(responseCode = "400", description = "Wrong or expired code")
    @APIResponse(responseCode = "410", description = "Too many wrong codes, or used already")
    public ConsumerView confirmMobileNumber(@Valid @NotNull CodeConfirmationRequest body) {
        return registrations.confirmNumberChange(caller.consumer(), body.verificationId(), body.code());
    }

    @PUT
    @Path("picture")
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "image/jpeg", "image/png"})
    @Operation(
            operationId = "changePicture",
            summary = "Upload the profile picture: JPEG or PNG, at most 2 MB",
            description = "Decoded and drawn anew (at most 1024 pixels a side): no metadata such as GPS positions "
                    + "survives.")
    @APIResponse(responseCode = "204", description = "Stored")
    @APIResponse(responseCode = "413", description = "Larger than 2 MB")
    @APIResponse(responseCode = "415", description = "Not a JPEG or PNG image")
    public void changePicture(InputStream upload) throws IOException {
        profile.changePicture(caller.consumer(), PictureBodies.read(upload));
    }

    @GET
    @Path("picture")
    @Produces({"image/jpeg", "image/png"})
    @Operation(operationId = "getPicture", summary = "The profile picture as stored")
    @APIResponse(responseCode = "200", description = "The picture")
    @APIResponse(responseCode = "404", description = "No picture")
    public Response picture() {
        return PictureBodies.of(profile.picture(caller.consumer()), "no-store");
    }

    @DELETE
    @Path("picture")
    @Operation(operationId = "removePicture", summary = "Remove the profile picture")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No picture")
    public void removePicture() {
        profile.removePicture(caller.consumer());
    }

    @PUT
    @Path("email")
    @Consumes(APPLICATION_JSON)
    @Operation(
            operationId = "changeEmail",
            summary = "Add or change the e-mail address: a confirmation link goes to it, valid for 24 hours")
    @APIResponse(
            responseCode = "202",
            description = "Link sent; the address counts once confirmed",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = EmailChange.class)))
    @APIResponse(responseCode = "400", description = "Not an e-mail address")
    @APIResponse(responseCode = "409", description = "The address belongs to another account")
    @APIResponse(responseCode = "429", description = "Too many addresses in an hour; see Retry-After")
    public Response changeEmail(@Valid @NotNull EmailRequest body) {
        return Response.accepted(email.change(caller.consumer(), body.email())).build();
    }

    @POST
    @Path("identities/facebook/code")
    @Consumes(APPLICATION_JSON)
    @Operation(
            operationId = "linkFacebookWithCode",
            summary = "Link a Facebook account with the code its login dialog returned, to sign in with it from now on",
            description = "The same round trip as GET /api/v1/auth/facebook describes; our server exchanges the code, "
                    + "and Facebook's token never reaches the app.")
    @APIResponse(responseCode = "204", description = "Linked")
    @APIResponse(
            responseCode = "400",
            description = "invalid: code, codeVerifier or redirectUri missing or malformed; facebook-code-invalid: "
                    + "Facebook refuses the code")
    @APIResponse(responseCode = "401", description = "No valid access token")
    @APIResponse(
            responseCode = "409",
            description =
                    "facebook-linked-elsewhere: linked to another account; facebook-linked-already: another one is linked here")
    public void linkFacebookWithCode(@Valid @NotNull FacebookCodeRequest body) {
        social.linkFacebook(caller.consumer(), body.toProof());
    }

    @POST
    @Path("identities/facebook")
    @Consumes(APPLICATION_JSON)
    @Operation(
            operationId = "linkFacebook",
            summary = "Link a Facebook account with the access token of Facebook's SDK in a native app",
            description = "Browsers use POST /api/v1/me/identities/facebook/code instead.")
    @APIResponse(responseCode = "204", description = "Linked")
    @APIResponse(responseCode = "400", description = "facebook-token-invalid: Facebook does not confirm the token")
    @APIResponse(responseCode = "401", description = "No valid access token")
    @APIResponse(
            responseCode = "409",
            description =
                    "facebook-linked-elsewhere: linked to another account; facebook-linked-already: another one is linked here")
    public void linkFacebook(@Valid @NotNull FacebookTokenRequest body) {
        social.linkFacebook(caller.consumer(), body.toProof());
    }

    @DELETE
    @Path("identities/facebook")
    @Operation(
            operationId = "unlinkFacebook",
            summary = "Unlink Facebook",
            description = "Without a password of their own, the consumer then gets one through \"forgot password\": "
                    + "passwordRequired says so.")
    @APIResponse(responseCode = "200", description = "Unlinked; passwordRequired and what to do")
    @APIResponse(responseCode = "404", description = "No Facebook account is linked")
    public FacebookUnlinked unlinkFacebook() {
        return social.unlinkFacebook(caller.consumer());
    }

    @PUT
    @Path("password")
    @Consumes(APPLICATION_JSON)
    @Operation(
            operationId = "choosePassword",
            summary = "Choose a password (at least 10 characters, not a common one); a change needs the current one")
    @APIResponse(
            responseCode = "204",
            description = "The new password works from now on; every other app of the consumer is signed out")
    @APIResponse(responseCode = "400", description = "Too short, too common, or the current password is wrong")
    @APIResponse(responseCode = "401", description = "No valid access token")
    public void choosePassword(@Valid @NotNull PasswordRequest body) {
        credentials.choosePassword(
                caller.consumer(),
                body.currentPassword(),
                body.newPassword(),
                Bearer.token(request).orElseThrow());
    }
}
