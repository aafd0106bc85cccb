package de.anliegen.identity.control;

import de.anliegen.identity.entity.StaffAccount;
import de.anliegen.identity.entity.StaffMailLink;
import de.anliegen.identity.entity.StaffMailLink.Purpose;
import de.anliegen.platform.gateways.MailGateway;
import de.anliegen.platform.problems.Gone;
import de.anliegen.platform.problems.Unavailable;
import de.anliegen.platform.settings.Setting;
import de.anliegen.platform.settings.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * The mails that let staff choose a password: an invitation (valid 7 days) or a new password (valid one hour), each
 * with a single-use link to the portal. The token goes into the mail, its hash into the database.
 */
@ApplicationScoped
public class StaffMails {

    public static final Duration INVITATION_VALID = Duration.ofDays(7);
    public static final Duration RESET_VALID = Duration.ofHours(1);

    private static final Logger LOG = Logger.getLogger(StaffMails.class.getName());

    @Inject
    MailGateway mail;

    @Inject
    Settings settings;

    /** Mails an invitation to a new account; a failing mail server fails the invitation (nothing is stored). */
    public void invite(EntityManager em, StaffAccount account, String invitedBy, Instant now) {
        var link = link(em, account, Purpose.INVITATION, INVITATION_VALID, now);
        mail.send(account.email(), "Einladung zu Anliegen / Invitation to Anliegen", """
                Hallo %s,

                %s lädt Sie in das Portal von Anliegen ein. Wählen Sie mit diesem Link Ihr Passwort; er gilt
                7 Tage und nur einmal:
                %s

                %s invites you to the Anliegen portal. Choose your password with this link (valid once, for 7 days):
                %s
                """.formatted(
                        account.displayName(), invitedBy, link, invitedBy, link));
    }

    /**
     * Mails a link to choose a new password; a failing mail server fails the reset ({@link Unavailable}), so that an
     * admin's reset of a colleague rolls back rather than lock them out without a link. The "forgot password" path,
     * which must answer the same for every address, keeps the failure to itself ({@link #resetAsked}).
     */
    public void reset(EntityManager em, StaffAccount account, Instant now) {
        var link = link(em, account, Purpose.PASSWORD_RESET, RESET_VALID, now);
        mail.send(account.email(), "Neues Passwort für Anliegen / New password for Anliegen", """
                Hallo %s,

                mit diesem Link wählen Sie ein neues Passwort für das Portal von Anliegen. Er gilt eine Stunde und
                nur einmal:
                %s

                Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail.

                Choose a new password for the Anliegen portal with this link (valid once, for one hour):
                %s
                """.formatted(
                        account.displayName(), link, link));
    }

    /**
     * The reset someone asked for with "forgot password": when the mail cannot go out, that is logged and not told,
     * for the answer must be the same for every address. Nothing else changed, so the person can ask again.
     */
    public void resetAsked(EntityManager em, StaffAccount account, Instant now) {
        try {
            reset(em, account, now);
        } catch (Unavailable e) {
            LOG.warning(
                    "A staff password mail could not be sent to account " + account.id() + "; it may be asked again");
        }
    }

    /** How many links of this kind went to the account within the window. */
    public int sentSince(EntityManager em, StaffAccount account, Purpose purpose, Instant since) {
        return em.createNamedQuery(StaffMailLink.SENT_SINCE, Instant.class)
                .setParameter("account", account.id())
                .setParameter("purpose", purpose)
                .setParameter("since", since)
                .getResultList()
                .size();
    }

    /** The link of this token, used up by this call; unknown, used and expired links are refused alike. */
    public StaffMailLink redeem(EntityManager em, String token, Instant now) {
        var link = em.createNamedQuery(StaffMailLink.BY_TOKEN_HASH, StaffMailLink.class)
                .setParameter("hash", Secrets.sha256(token == null ? "" : token))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .filter(found -> found.isUsable(now))
                .orElseThrow(() -> new Gone(
                        "link-invalid", "This link is not valid (any more): it was used already or has expired."));
        link.use(now);
        return link;
    }

    private String link(EntityManager em, StaffAccount account, Purpose purpose, Duration validFor, Instant now) {
        var token = Secrets.newToken();
        em.persist(new StaffMailLink(account.id(), purpose, Secrets.sha256(token), now, now.plus(validFor)));
        return settings.get(Setting.PUBLIC_URL) + "/portal/password.xhtml?token=" + token;
    }
}
