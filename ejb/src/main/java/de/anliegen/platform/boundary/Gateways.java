package de.anliegen.platform.boundary;

import de.anliegen.platform.control.HttpSmsGateway;
import de.anliegen.platform.control.MailSessionGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/** Chooses how messages leave the product: into the dev outbox in dev mode, to the real gateways in production. */
@ApplicationScoped
public class Gateways {

    private static final Logger LOG = Logger.getLogger(Gateways.class.getName());

    @Inject
    Settings settings;

    @Inject
    Outbox outbox;

    @Inject
    MailSessionGateway mailSession;

    @Produces
    @ApplicationScoped
    SmsGateway sms() {
        if (settings.isDev()) {
            return outbox::keepSms;
        }
        if (settings.get(Setting.SMS_GATEWAY_URL).isEmpty()) {
            return (mobileNumber, text) -> {
                throw new Unavailable("this server cannot send text messages: the operator has set no SMS_GATEWAY_URL");
            };
        }
        return HttpSmsGateway.configuredBy(settings);
    }

    /**
     * Push notifications go to the dev outbox in dev mode. In production the operator plugs in the sender for their
     * apps (FCM, APNs) as a CDI alternative of {@link PushGateway}; until then notifications are dropped, said once.
     */
    @Produces
    @ApplicationScoped
    PushGateway push() {
        if (settings.isDev()) {
            return outbox::keepPush;
        }
        return new PushGateway() {
            private final AtomicBoolean said = new AtomicBoolean();

            @Override
            public void send(PushMessage push) {
                if (!said.getAndSet(true)) {
                    LOG.warning("No push notification sender is configured: apps without an open connection hear of "
                            + "answers when they next open. See README, push notifications.");
                }
            }
        };
    }

    @Produces
    @ApplicationScoped
    MailGateway mail() {
        return settings.isDev() ? outbox::keepMail : mailSession;
    }
}
