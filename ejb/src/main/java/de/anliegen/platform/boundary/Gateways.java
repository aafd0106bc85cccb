package de.anliegen.platform.boundary;

import de.anliegen.platform.control.MailSessionGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/** Chooses how messages leave the product: into the dev outbox in dev mode, to the real gateways in production. */
@ApplicationScoped
public class Gateways {

    @Inject
    Settings settings;

    @Inject
    Outbox outbox;

    @Inject
    MailSessionGateway mailSession;

    @Produces
    SmsGateway sms() {
        if (settings.isDev()) {
            return outbox::keepSms;
        }
        return (mobileNumber, text) -> {
            throw new Unavailable("no SMS gateway is configured on this server");
        };
    }

    @Produces
    MailGateway mail() {
        return settings.isDev() ? outbox::keepMail : mailSession;
    }
}
