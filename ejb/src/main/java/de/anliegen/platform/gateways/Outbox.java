package de.anliegen.platform.gateways;

import de.anliegen.platform.entity.OutboxMessage;
import de.anliegen.platform.entity.OutboxMessage.Channel;
import de.anliegen.platform.problems.Invalid;
import de.anliegen.platform.problems.NotFound;
import de.anliegen.platform.settings.Settings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * Dev mode's stand-in for the outside world: SMS, e-mail and push notifications are kept here and shown in the server log instead of
 * being sent. In production mode there is no outbox: every use answers {@link NotFound}.
 */
@Stateless
@PermitAll
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());
    /** The most kept messages one call lists. */
    public static final int MOST = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    public void keepSms(String mobileNumber, String text) {
        keep(Channel.SMS, mobileNumber, null, text);
    }

    public void keepMail(String address, String subject, String text) {
        keep(Channel.EMAIL, address, subject, text);
    }

    public void keepPush(PushMessage push) {
        keep(Channel.PUSH, "consumer:" + push.consumerId(), push.title(), push.body() + "\n" + push.link());
    }

    /** Many in one transaction. */
    public void keepPushes(List<PushMessage> pushes) {
        pushes.forEach(this::keepPush);
    }

    /** The newest messages first, at most {@code limit} (1 to 200). */
    public List<OutboxEntry> newestFirst(int limit) {
        requireDevMode();
        if (limit < 1 || limit > MOST) {
            throw new Invalid("limit must be between 1 and " + MOST);
        }
        return em.createNamedQuery(OutboxMessage.NEWEST_FIRST, OutboxMessage.class)
                .setMaxResults(limit)
                .getResultStream()
                .map(OutboxEntry::of)
                .toList();
    }

    /** Deletes what was kept for these recipients (numbers, addresses, "consumer:<id>"): they were erased. */
    public void forget(List<String> recipients) {
        em.createNamedQuery(OutboxMessage.FORGET_RECIPIENTS)
                .setParameter("recipients", recipients)
                .executeUpdate();
    }

    private void keep(Channel channel, String recipient, String subject, String text) {
        requireDevMode();
        var message = new OutboxMessage(channel, recipient, subject, text, clock.instant());
        em.persist(message);
        LOG.info(() -> "Dev outbox: " + channel + " to " + recipient + (subject == null ? "" : " «" + subject + "»")
                + "\n" + text);
    }

    private void requireDevMode() {
        if (!settings.isDev()) {
            throw new NotFound("there is no dev outbox in production mode");
        }
    }
}
