package de.anliegen.platform.jobs;

import de.anliegen.platform.control.NightlyDue;
import de.anliegen.platform.entity.Lease;
import de.anliegen.platform.time.Clocks;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;

/** The steps of {@link NightlyJobs}, each in a transaction of its own. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class NightlyJobRuns {

    /** How long the lead lasts without renewal: the time another node waits before it takes over. */
    public static final Duration LEADERSHIP = Duration.ofSeconds(15);
    /** How long a job may run before another node takes it for dead and runs it again. */
    public static final Duration MOST_PER_RUN = Duration.ofHours(1);

    static final String PREFIX = "nightly:";

    @PersistenceContext
    EntityManager em;

    @Inject
    Leases leases;

    @Inject
    Clock clock;

    /** Takes or renews this node's lead of the nightly jobs. */
    public boolean lead(String node) {
        return leases.hold(Lease.NIGHTLY_JOBS, node, LEADERSHIP);
    }

    /**
     * Claims the job for this node if it is due and no other node runs it. A job seen for the first time counts as
     * run now, so that a new installation (or a new job) waits for its first night.
     */
    public boolean claim(String job, LocalTime at, String node) {
        var lease = em.find(Lease.class, PREFIX + job);
        if (lease == null) {
            em.persist(new Lease(PREFIX + job, clock.instant()));
            return false;
        }
        if (!due(lease, at) || !leases.hold(PREFIX + job, node, MOST_PER_RUN)) {
            return false;
        }
        // held now: read it again, in case another node ran the job between the first look and the claim
        em.refresh(lease);
        if (due(lease, at)) {
            return true;
        }
        leases.release(PREFIX + job, node);
        return false;
    }

    private boolean due(Lease lease, LocalTime at) {
        return NightlyDue.due(at, lease.doneAt(), clock.instant(), Clocks.GERMANY);
    }

    /** The job ran: not due again before its next night. */
    public void done(String job, String node) {
        em.find(Lease.class, PREFIX + job).done(clock.instant());
        leases.release(PREFIX + job, node);
    }
}
