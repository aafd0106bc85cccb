package de.anliegen.platform.jobs;

import de.anliegen.platform.problems.DatabaseFailures;
import de.anliegen.platform.settings.Node;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Runs the nightly jobs on one node of the installation at a time (ADR 12). Every node looks every five seconds; the
 * node that holds the lease {@code nightly-jobs} claims each job whose time has come since it last ran and runs it on a
 * thread of its own. When that node dies, another takes the lease within {@link NightlyJobRuns#LEADERSHIP} and five
 * seconds, and runs what it missed; a job the dead node was running runs again once its claim lapses.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlyJobs {

    private static final Logger LOG = Logger.getLogger(NightlyJobs.class.getName());

    @Inject
    @Any
    Instance<NightlyJob> jobs;

    @EJB
    NightlyJobRuns runs;

    @Resource
    ManagedExecutorService executor;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    void look() {
        try {
            if (!runs.lead(Node.name())) {
                return;
            }
            for (var job : jobs) {
                if (runs.claim(job.name(), job.at(), Node.name())) {
                    // on a thread of its own, so that the lead is renewed every five seconds while a long job runs
                    executor.execute(() -> run(job));
                }
            }
        } catch (RuntimeException e) {
            // the database is away: the next look tries again (a job claimed but not started runs when its claim
            // lapses)
            LOG.warning("The nightly jobs could not start: " + DatabaseFailures.describe(e));
        }
    }

    private void run(NightlyJob job) {
        try {
            job.run();
            runs.done(job.name(), Node.name());
        } catch (RuntimeException e) {
            LOG.warning("The nightly job " + job.name() + " failed; it runs again when its claim lapses ("
                    + NightlyJobRuns.MOST_PER_RUN + "): " + DatabaseFailures.describe(e));
        }
    }
}
