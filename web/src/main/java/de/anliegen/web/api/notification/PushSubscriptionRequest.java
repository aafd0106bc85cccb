package de.anliegen.web.api.notification;

import de.anliegen.notification.boundary.NewSubscription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * {@code {"endpoint": "https://…", "keys": {"p256dh": "…", "auth": "…"}, "previews": false, "language": "de"}}: the
 * browser's {@code PushSubscription.toJSON()} with the person's choices for the device.
 */
public record PushSubscriptionRequest(
        @NotNull @Size(max = 2048) String endpoint,
        @NotNull @Valid Keys keys,
        Boolean previews,
        @Size(max = 2) String language) {

    /** The keys the browser made for encrypting to it. */
    public record Keys(
            @NotNull @Size(max = 100) String p256dh,
            @NotNull @Size(max = 32) String auth) {}

    NewSubscription subscription() {
        return new NewSubscription(endpoint, keys.p256dh(), keys.auth(), previews, language);
    }
}
