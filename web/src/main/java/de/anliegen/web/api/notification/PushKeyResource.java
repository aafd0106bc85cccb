package de.anliegen.web.api.notification;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import de.anliegen.notification.boundary.PushSubscriptions;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The server's public key, with which apps subscribe to push notifications (Web Push). */
@ApplicationScoped
@Path("v1/push/key")
@Produces(APPLICATION_JSON)
@PermitAll
@Tag(name = "Push notifications")
public class PushKeyResource {

    @Inject
    PushSubscriptions subscriptions;

    @GET
    @Operation(
            operationId = "getPushKey",
            summary = "The server's public key for subscribing (applicationServerKey, VAPID)",
            description = "Base64url of the P-256 point. When the server sends no push notifications: 404, and the app"
                    + " offers none.")
    @APIResponse(responseCode = "200", description = "The key")
    @APIResponse(responseCode = "404", description = "This server sends no push notifications")
    public PushKey key() {
        return new PushKey(subscriptions.serverKey());
    }

    /** The server's public key, base64url of the P-256 point. */
    public record PushKey(@NotNull String key) {}
}
