package de.anliegen.notification.boundary;

import de.anliegen.notification.entity.PushSubscription;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Instant;

/** A device's subscription as its owner sees it: which push service, previews or not, since when. */
public record SubscriptionView(
        @NotNull String id,
        @NotNull String pushService,
        @NotNull boolean previews,
        String language,
        @NotNull Instant createdAt) {

    static SubscriptionView of(PushSubscription subscription) {
        return new SubscriptionView(
                subscription.id(),
                URI.create(subscription.endpoint()).getHost(),
                subscription.previews(),
                subscription.language(),
                subscription.createdAt());
    }
}
