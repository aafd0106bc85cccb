package de.anliegen.platform.control;

import de.anliegen.platform.gateways.MailGateway;
import de.anliegen.platform.problems.Unavailable;
import de.anliegen.platform.settings.Setting;
import de.anliegen.platform.settings.Settings;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Date;
import java.util.logging.Logger;

/** Production e-mail through the server's mail session (SMTP host and port are set by environment, see README). */
@ApplicationScoped
@Typed(MailSessionGateway.class)
public class MailSessionGateway implements MailGateway {

    private static final Logger LOG = Logger.getLogger(MailSessionGateway.class.getName());

    @Resource(lookup = "java:jboss/mail/Anliegen")
    Session session;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Override
    public void send(String address, String subject, String text) {
        try {
            var message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.get(Setting.MAIL_FROM), true));
            message.setRecipients(RecipientType.TO, InternetAddress.parse(address, true));
            message.setSubject(subject, "UTF-8");
            message.setText(text, "UTF-8");
            message.setSentDate(Date.from(clock.instant()));
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.warning("The mail server did not take a message: "
                    + e.getClass().getSimpleName() + "; check SMTP_HOST and SMTP_PORT");
            throw new Unavailable("the mail server is not reachable right now; please try again later");
        }
    }
}
