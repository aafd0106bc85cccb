package de.anliegen.identity.boundary;

import de.anliegen.identity.control.MailLinks;
import de.anliegen.identity.control.PasswordHashing;
import de.anliegen.identity.control.PasswordPolicy;
import de.anliegen.identity.entity.Consumer;
import de.anliegen.identity.entity.ConsumerMailLink;
import de.anliegen.identity.entity.ConsumerMailLink.Purpose;
import de.anliegen.platform.gateways.MailGateway;
import de.anliegen.platform.problems.Gone;
import de.anliegen.platform.problems.Unavailable;
import de.anliegen.platform.settings.Setting;
import de.anliegen.platform.settings.Settings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * "Forgot password": a single-use link, valid for an hour, goes to the confirmed e-mail address. Whether an account
 * has that address is never told; at most three links an hour go to one address.
 */
@Stateless
@PermitAll
public class PasswordResets {

    private static final Logger LOG = Logger.getLogger(PasswordResets.class.getName());
    private static final Duration LINK_VALID = Duration.ofHours(1);
    private static final int LINKS_PER_HOUR = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    MailGateway mail;

    @Inject
    PasswordHashing passwords;

    @Inject
    ConsumerSessions sessions;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    /**
     * Sends the link if an account has this confirmed address. Runs after the caller has been answered: the answer
     * takes as long whether or not an account has the address, and never waits for the mail server.
     */
    @Asynchronous
    public void request(String email) {
        var typed = email.strip().toLowerCase(Locale.ROOT);
        var consumer = em.createNamedQuery(Consumer.BY_EMAIL, Consumer.class)
                .setParameter("email", typed)
                .getResultStream()
                .findFirst();
        var now = clock.instant();
        if (consumer.isEmpty() || sentRecently(consumer.get().email(), now) >= LINKS_PER_HOUR) {
            return;
        }
        // the stored address, not the typed one: a collation that equates "jose" and "josé" must not redirect the mail
        var address = consumer.get().email();
        var token = MailLinks.create(em, consumer.get().id(), Purpose.PASSWORD_RESET, address, now, LINK_VALID);
        var link = settings.get(Setting.PUBLIC_URL) + "/reset-password.xhtml?token=" + token;
        send(address, "Neues Passwort für Anliegen / New password for Anliegen", """
                Hallo %s,

                mit diesem Link wählen Sie ein neues Passwort für Anliegen. Er gilt eine Stunde und nur einmal:
                %s

                Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail; Ihr Passwort bleibt, wie es ist.

                Choose a new password for Anliegen with this link (valid once, for one hour):
                %s
                """.formatted(
                        consumer.get().firstName(), link, link));
    }

    /** The answer is the same whether or not a mail went out: a failing mail server must not tell either. */
    private void send(String address, String subject, String text) {
        try {
            mail.send(address, subject, text);
        } catch (Unavailable e) {
            LOG.warning("A password reset mail could not be sent; the consumer may ask again");
        }
    }

    /** The new password; every app of the consumer is signed out, since someone else may have had the old one. */
    public void reset(String token, String newPassword) {
        PasswordPolicy.check(newPassword, "password");
        var link = MailLinks.redeem(em, token, Purpose.PASSWORD_RESET, clock.instant());
        var consumer = em.find(Consumer.class, link.consumerId());
        if (!link.email().equals(consumer.email())) {
            throw new Gone("link-invalid", "This link went to an address that is no longer the account's.");
        }
        consumer.usePassword(passwords.hash(newPassword.toCharArray()));
        sessions.endAll(new ConsumerId(link.consumerId()));
    }

    private int sentRecently(String address, Instant now) {
        return em.createNamedQuery(ConsumerMailLink.SENT_TO_SINCE, Instant.class)
                .setParameter("email", address)
                .setParameter("purpose", Purpose.PASSWORD_RESET)
                .setParameter("since", now.minus(ConsumerMailLink.COUNTED))
                .getResultList()
                .size();
    }
}
