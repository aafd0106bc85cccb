package de.anliegen.platform.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Runs the nightly jobs on one node of the installation at a time (ADR 12). Every node looks every five seconds; the
 * node that holds the lease {@code nightly-jobs} runs each job whose time has come since it last ran. When that node
 * dies, another takes the lease within {@link NightlyJobRuns#LEADERSHIP} and five seconds, and runs what it missed.
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

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    void look() {
        try {
            if (!runs.lead(Node.name())) {
                return;
            }
            for (var job : jobs) {
                if (runs.claim(job.name(), job.at(), Node.name())) {
                    job.run();
                    runs.done(job.name(), Node.name());
                }
            }
        } catch (RuntimeException e) {
            // the database is away, or a job failed: it stays due, and the next look tries again
            LOG.warning("The nightly jobs could not run: " + DatabaseFailures.describe(e));
        }
    }
}
