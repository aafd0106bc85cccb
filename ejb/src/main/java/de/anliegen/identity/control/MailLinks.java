package de.anliegen.identity.control;

import de.anliegen.identity.entity.ConsumerMailLink;
import de.anliegen.identity.entity.ConsumerMailLink.Purpose;
import de.anliegen.platform.problems.Gone;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;

/** Makes and redeems the single-use links of e-mails: the token goes into the mail, its hash into the database. */
public final class MailLinks {

    private MailLinks() {}

    /** A new link; returns the token for the mail. */
    public static String create(
            EntityManager em, long consumerId, Purpose purpose, String email, Instant now, Duration validFor) {
        var token = Secrets.newToken();
        em.persist(new ConsumerMailLink(consumerId, purpose, Secrets.sha256(token), email, now, now.plus(validFor)));
        return token;
    }

    /** Ends the person's unused links for this purpose: only the newest may work (a corrected address, say). */
    public static void retire(EntityManager em, long consumerId, Purpose purpose, Instant now) {
        em.createNamedQuery(ConsumerMailLink.RETIRE_OF_CONSUMER)
                .setParameter("now", now)
                .setParameter("consumer", consumerId)
                .setParameter("purpose", purpose)
                .executeUpdate();
    }

    /** The link for this token, used up by this call; refuses unknown, used and expired ones alike. */
    public static ConsumerMailLink redeem(EntityManager em, String token, Purpose purpose, Instant now) {
        var link = em.createNamedQuery(ConsumerMailLink.BY_TOKEN_HASH, ConsumerMailLink.class)
                .setParameter("hash", Secrets.sha256(token))
                .setParameter("purpose", purpose)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .filter(found -> found.isUsable(now))
                .orElseThrow(() -> new Gone(
                        "link-invalid", "This link is not valid (any more): it was used already or has expired."));
        link.use(now);
        return link;
    }
}
