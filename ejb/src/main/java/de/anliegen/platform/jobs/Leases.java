package de.anliegen.platform.jobs;

import de.anliegen.platform.entity.Lease;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;

/** The leases of the tasks one node of an installation does at a time ({@link Lease}), in the caller's transaction. */
@ApplicationScoped
public class Leases {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Takes or renews the lease for {@code lease}; its row stays locked until the transaction ends. */
    public boolean hold(String name, String node, Duration lease) {
        var now = clock.instant();
        return em.createNamedQuery(Lease.TAKE)
                        .setParameter("name", name)
                        .setParameter("node", node)
                        .setParameter("until", now.plus(lease))
                        .setParameter("now", now)
                        .executeUpdate()
                == 1;
    }

    /** Waits for the lease's holder to end the transaction it holds it in, and keeps the lease until this one ends. */
    public void lockUntilCommit(String name) {
        em.find(Lease.class, name, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Lets another node take over at once. */
    public void release(String name, String node) {
        em.createNamedQuery(Lease.RELEASE)
                .setParameter("name", name)
                .setParameter("node", node)
                .executeUpdate();
    }
}
