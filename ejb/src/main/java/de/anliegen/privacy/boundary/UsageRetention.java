package de.anliegen.privacy.boundary;

import de.anliegen.audit.boundary.AuditTrail;
import de.anliegen.audit.boundary.Audited;
import de.anliegen.platform.jobs.NightlyJob;
import de.anliegen.platform.settings.Setting;
import de.anliegen.platform.settings.Settings;
import de.anliegen.platform.time.Clocks;
import de.anliegen.privacy.control.IpAddresses;
import de.anliegen.privacy.entity.PageView;
import de.anliegen.privacy.entity.UsageRecord;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.logging.Logger;

/**
 * Keeps the usage log no longer than its purpose needs: every night the IP addresses of older records are shortened
 * to their network and the oldest records deleted (ANLIEGEN_USAGE_SHORTEN_IP_DAYS, ANLIEGEN_USAGE_KEEP_DAYS), and the
 * website's page views of old days too (ANLIEGEN_ANALYTICS_KEEP_DAYS). Each run goes into the audit trail with what
 * it did.
 */
@Stateless
@LocalBean
// both views: the nightly jobs find it by its interface, tests and other beans by its class
@Local(NightlyJob.class)
@PermitAll
public class UsageRetention implements NightlyJob {

    public static final String RAN = "usage.retention";

    private static final Logger LOG = Logger.getLogger(UsageRetention.class.getName());
    private static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "usage-retention";
    }

    @Override
    public LocalTime at() {
        return LocalTime.of(3, 17);
    }

    @Override
    public void run() {
        apply();
    }

    /** Shortens and deletes what is due now; answers how many records of each. */
    public Applied apply() {
        var now = clock.instant();
        var shortenBefore = now.minus(Duration.ofDays(settings.getInt(Setting.USAGE_SHORTEN_IP_DAYS)));
        var deleteBefore = now.minus(Duration.ofDays(settings.getInt(Setting.USAGE_KEEP_DAYS)));
        var deleted = em.createNamedQuery(UsageRecord.DELETE_BEFORE)
                .setParameter("before", deleteBefore)
                .executeUpdate();
        var pageViewsDeleted = em.createNamedQuery(PageView.DELETE_BEFORE)
                .setParameter(
                        "before",
                        LocalDate.ofInstant(now, Clocks.GERMANY)
                                .minusDays(settings.getInt(Setting.ANALYTICS_KEEP_DAYS)))
                .executeUpdate();
        long shortened = 0;
        while (true) {
            var due = em.createNamedQuery(UsageRecord.UNSHORTENED_BEFORE, UsageRecord.class)
                    .setParameter("before", shortenBefore)
                    .setMaxResults(BATCH)
                    .getResultList();
            if (due.isEmpty()) {
                break;
            }
            due.forEach(record -> record.shortenIp(IpAddresses.shorten(record.ipAddress())));
            shortened += due.size();
            em.flush();
            em.clear();
        }
        var applied = new Applied(shortened, deleted, pageViewsDeleted);
        audit.record(new Audited(
                RAN,
                Audited.RETENTION,
                null,
                "usage-log",
                null,
                "IP addresses shortened: " + shortened + ", records deleted: " + deleted
                        + ", website page views deleted: " + pageViewsDeleted));
        LOG.info("Usage log retention: " + applied);
        return applied;
    }

    public record Applied(long shortened, long deleted, long pageViewsDeleted) {}
}
