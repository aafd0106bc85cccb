package de.anliegen.platform.gateways;

import de.anliegen.platform.control.HttpSmsGateway;
import de.anliegen.platform.control.MailSessionGateway;
import de.anliegen.platform.problems.Unavailable;
import de.anliegen.platform.settings.Setting;
import de.anliegen.platform.settings.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/**
 * Chooses how SMS and e-mail leave the product: into the dev outbox in dev mode, to the real gateways in production.
 * Push notifications: {@code notification/boundary/PushGateways}.
 */
@ApplicationScoped
public class Gateways {

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

    @Produces
    @ApplicationScoped
    MailGateway mail() {
        return settings.isDev() ? outbox::keepMail : mailSession;
    }
}
