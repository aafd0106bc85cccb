package de.anliegen.notification.boundary;

import de.anliegen.company.boundary.Companies;
import de.anliegen.conversation.boundary.WaitingRequests;
import de.anliegen.identity.boundary.StaffAccounts;
import de.anliegen.notification.control.AwayMailText;
import de.anliegen.platform.gateways.MailGateway;
import de.anliegen.platform.problems.Unavailable;
import de.anliegen.platform.settings.Setting;
import de.anliegen.platform.settings.Settings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * A company may have the agent a request is assigned to mailed when a consumer's message has waited its minutes while
 * no one of the company was in the portal (seen in the last three minutes: a page, or an inbox page open). One mail
 * per request until someone has read it; the mail names the request and links to it, never what the consumer wrote.
 * Every node looks once a minute; each request is claimed by one of them. A mail server that does not answer leaves
 * the request to the next look; a node that dies between claim and mail loses that one mail.
 */
@Stateless
@PermitAll
public class AwayMails {

    /** Someone seen in the portal this recently is in: an open inbox page says so every minute. */
    static final Duration IN_THE_PORTAL = Duration.ofMinutes(3);

    private static final Logger LOG = Logger.getLogger(AwayMails.class.getName());

    @Inject
    Companies companies;

    @Inject
    WaitingRequests requests;

    @Inject
    StaffAccounts staff;

    @Inject
    MailGateway mail;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Schedule(second = "40", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void look() {
        mailWaiting(clock.instant());
    }

    /** Mails the agents of what waits at {@code now}; how many mails went out. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int mailWaiting(Instant now) {
        var mailed = 0;
        for (var company : companies.mailingWhenAway()) {
            if (staff.anyoneInSince(company.company(), now.minus(IN_THE_PORTAL))) {
                continue;
            }
            var before = now.minus(Duration.ofMinutes(company.minutes()));
            for (var id : requests.awaitingAwayMail(company.company(), before)) {
                var claim = requests.claimAwayMail(id);
                var agent = claim.flatMap(claimed -> staff.activeOf(company.company(), claimed.agent()));
                if (agent.isEmpty()) {
                    continue; // claimed elsewhere, or assigned to someone who no longer works there: no one to mail
                }
                var link = settings.get(Setting.PUBLIC_URL) + "/portal/inbox/conversation.xhtml?id=" + id.value();
                try {
                    mail.send(
                            agent.get().email(),
                            AwayMailText.SUBJECT,
                            AwayMailText.body(
                                    agent.get().displayName(),
                                    company.companyName(),
                                    id.value(),
                                    company.minutes(),
                                    link));
                    mailed++;
                } catch (Unavailable e) {
                    requests.awayMailFailed(claim.get());
                    LOG.warning("The mail server did not take the mail about request " + id.value()
                            + "; it is tried again" + " at the next look");
                    return mailed;
                }
            }
        }
        return mailed;
    }
}
