package de.anliegen.notification.boundary;

import de.anliegen.platform.boundary.Outbox;
import de.anliegen.platform.boundary.PushGateway;
import de.anliegen.platform.boundary.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/**
 * How push notifications leave the product: as Web Push to the devices where consumers switched them on (queued,
 * then sent by {@link PushSender}); in dev mode also into the dev outbox, where developers and tests read them.
 */
@ApplicationScoped
public class PushGateways {

    @Inject
    Settings settings;

    @Inject
    Outbox outbox;

    @Inject
    Notifications notifications;

    @Produces
    @ApplicationScoped
    PushGateway push() {
        if (settings.isDev()) {
            return push -> {
                outbox.keepPush(push);
                notifications.queue(push);
            };
        }
        return notifications::queue;
    }
}
