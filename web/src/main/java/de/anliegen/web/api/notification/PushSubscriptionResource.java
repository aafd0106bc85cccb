package de.anliegen.web.api.notification;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import de.anliegen.identity.boundary.Caller;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.notification.boundary.PushSubscriptions;
import de.anliegen.notification.boundary.SubscriptionView;
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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The devices where the consumer switched push notifications (Web Push) on. */
@ApplicationScoped
@Path("v1/me/push-subscriptions")
@Produces(APPLICATION_JSON)
@Tag(name = "Push notifications")
public class PushSubscriptionResource {

    @Inject
    PushSubscriptions subscriptions;

    @Inject
    Caller caller;

    @Context
    HttpServletRequest request;

    @GET
    @RolesAllowed(Roles.CONSUMER)
    @SecurityRequirement(name = AnliegenApi.BEARER, scopes = Roles.CONSUMER)
    @Operation(operationId = "listPushSubscriptions", summary = "The devices where notifications are on")
    @APIResponse(responseCode = "200", description = "One entry per device")
    @APIResponse(responseCode = "401", description = "No valid access token")
    public List<SubscriptionView> mine() {
        return subscriptions.mine(caller.consumer());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.CONSUMER)
    @SecurityRequirement(name = AnliegenApi.BEARER, scopes = Roles.CONSUMER)
    @Consumes(APPLICATION_JSON)
    @Operation(
            operationId = "subscribePush",
            summary = "Switch notifications on for this device, or renew its subscription",
            description = "The id is a UUID the app chose for the device. Needs the consent \"notifications\". The"
                    + " subscription belongs to this sign-in: signing out of it, withdrawing the consent, or the push"
                    + " service forgetting the device removes it. Notifications name the company; with previews also"
                    + " the request's subject; never a message's text.")
    @APIResponse(responseCode = "200", description = "The device's subscription")
    @APIResponse(responseCode = "400", description = "Not a browser's push subscription (the field is named)")
    @APIResponse(responseCode = "401", description = "No valid access token")
    @APIResponse(responseCode = "404", description = "This server sends no push notifications")
    @APIResponse(responseCode = "409", description = "consent-missing: give the consent \"notifications\" first")
    public SubscriptionView subscribe(@PathParam("id") String id, @Valid @NotNull PushSubscriptionRequest body) {
        return subscriptions.subscribe(caller.consumer(), Bearer.token(request).orElse(""), id, body.subscription());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.CONSUMER)
    @SecurityRequirement(name = AnliegenApi.BEARER, scopes = Roles.CONSUMER)
    @Operation(operationId = "unsubscribePush", summary = "Switch notifications off for this device")
    @APIResponse(responseCode = "204", description = "Off (also when they were not on)")
    @APIResponse(responseCode = "401", description = "No valid access token")
    public void unsubscribe(@PathParam("id") String id) {
        subscriptions.unsubscribe(caller.consumer(), id);
    }
}
