package de.anliegen.identity.boundary;

import de.anliegen.identity.control.ConsumerLookup;
import de.anliegen.identity.control.Limits;
import de.anliegen.identity.control.MailLinks;
import de.anliegen.identity.entity.Consumer;
import de.anliegen.identity.entity.ConsumerMailLink;
import de.anliegen.identity.entity.ConsumerMailLink.Purpose;
import de.anliegen.platform.gateways.MailGateway;
import de.anliegen.platform.problems.Conflict;
import de.anliegen.platform.problems.Invalid;
import de.anliegen.platform.settings.Setting;
import de.anliegen.platform.settings.Settings;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** A consumer's optional e-mail address: it counts only once confirmed through the link sent to it. */
@Stateless
public class ConsumerEmail {

    private static final Duration LINK_VALID = Duration.ofHours(24);
    private static final int CHANGES_PER_HOUR = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    MailGateway mail;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Inject
    Event<OwnDataChanged> ownChanges;

    /** Sends a confirmation link to the address; the profile keeps the old address until the link is followed. */
    @RolesAllowed(Roles.CONSUMER)
    public EmailChange change(ConsumerId consumerId, String email) {
        var consumer = ConsumerLookup.require(em, consumerId.value());
        var address = email.strip().toLowerCase(Locale.ROOT);
        // the API's @Email lets "a@b" pass; an address without a domain reaches no one, and a reset would go nowhere
        if (!PersonDetails.isEmail(address)) {
            throw new Invalid("invalid-email", "email", "This is not an e-mail address.");
        }
        var now = clock.instant();
        var sent = em.createNamedQuery(ConsumerMailLink.OF_CONSUMER_SINCE, Instant.class)
                .setParameter("consumer", consumer.id())
                .setParameter("purpose", Purpose.EMAIL_CONFIRMATION)
                .setParameter("since", now.minus(ConsumerMailLink.COUNTED))
                .getResultList();
        Limits.atMost(CHANGES_PER_HOUR, sent, ConsumerMailLink.COUNTED, now, "Too many e-mail addresses in an hour.");
        requireFree(address, consumer.id());
        // a link to an address given before (mistyped, say) stops working: its owner could take over the account
        MailLinks.retire(em, consumer.id(), Purpose.EMAIL_CONFIRMATION, now);
        var token = MailLinks.create(em, consumer.id(), Purpose.EMAIL_CONFIRMATION, address, now, LINK_VALID);
        var link = settings.get(Setting.PUBLIC_URL) + "/confirm-email.xhtml?token=" + token;
        mail.send(
                address, "Bitte bestätigen Sie Ihre E-Mail-Adresse / Please confirm your e-mail address", """
                Hallo %s,

                bitte bestätigen Sie, dass dies Ihre E-Mail-Adresse für Anliegen ist:
                %s

                Der Link gilt 24 Stunden. Wenn Sie das nicht veranlasst haben, ignorieren Sie diese E-Mail.

                Please confirm that this is your e-mail address for Anliegen (link valid for 24 hours):
                %s
                """.formatted(
                                consumer.firstName(), link, link));
        return new EmailChange(address, now.plus(LINK_VALID));
    }

    /** The link from the mail: the address becomes the consumer's. */
    @PermitAll
    public String confirm(String token) {
        var link = MailLinks.redeem(em, token, Purpose.EMAIL_CONFIRMATION, clock.instant());
        requireFree(link.email(), link.consumerId());
        var consumer = em.find(Consumer.class, link.consumerId());
        var before = consumer.email();
        consumer.confirmEmail(link.email());
        if (before != null && !before.equalsIgnoreCase(link.email())) {
            ownChanges.fire(new OwnDataChanged(new ConsumerId(consumer.id()), "email", before, link.email()));
        }
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new Conflict("email-taken", "This e-mail address was just confirmed for another account.");
        }
        return link.email();
    }

    private void requireFree(String address, long consumerId) {
        var owner = em.createNamedQuery(Consumer.BY_EMAIL, Consumer.class)
                .setParameter("email", address)
                .getResultStream()
                .findFirst();
        if (owner.isPresent() && owner.get().id() != consumerId) {
            throw new Conflict("email-taken", "This e-mail address belongs to another account.");
        }
    }
}
