package de.anliegen.notification.boundary;

import de.anliegen.platform.gateways.Outbox;
import de.anliegen.platform.gateways.PushGateway;
import de.anliegen.platform.gateways.PushMessage;
import de.anliegen.platform.settings.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.List;

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
        var dev = settings.isDev();
        return new PushGateway() {
            @Override
            public void send(PushMessage push) {
                sendAll(List.of(push));
            }

            @Override
            public void sendAll(List<PushMessage> pushes) {
                if (dev) {
                    outbox.keepPushes(pushes);
                }
                notifications.queue(pushes);
            }
        };
    }
}
