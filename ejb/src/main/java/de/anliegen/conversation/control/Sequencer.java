package de.anliegen.conversation.control;

import de.anliegen.platform.database.SchemaReady;
import de.anliegen.platform.problems.DatabaseFailures;
import de.anliegen.platform.settings.Node;
import de.anliegen.platform.settings.Settings;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Turns the outbox into the streams' numbered events, one batch after the other, on one thread of the node that holds
 * the lease (one node of an installation numbers at a time; another takes over once its lease has expired). A commit
 * that wrote to the outbox wakes it at once, on this node directly, from another node by a call over the topic;
 * otherwise the leader looks every {@value #IDLE_MILLIS} ms and a follower every {@value #FOLLOWER_MILLIS} ms whether
 * the lease is free. After each
 * batch this node's sockets are told at once and, on a cluster, the other nodes by a doorbell on the topic.
 */
@ApplicationScoped
public class Sequencer {

    /** How long a lease lasts without renewal: the time another node waits before it takes over. */
    public static final Duration LEASE = Duration.ofSeconds(10);

    static final long IDLE_MILLIS = 200;
    static final long GATHER_MILLIS = 2;
    static final long FOLLOWER_MILLIS = 3_000;
    static final int MOST_PER_BATCH = 500;
    /** A batch that failed twice on its own, the database being there, is taken for a bad entry and skipped. */
    static final int MOST_FAILURES = 3;

    private static final Logger LOG = Logger.getLogger(Sequencer.class.getName());

    private final Semaphore wakeUps = new Semaphore(0);
    private final AtomicBoolean callPending = new AtomicBoolean();
    private volatile boolean running;
    private volatile boolean leading;
    private boolean ofCluster;
    private Thread thread;

    @Resource
    ManagedThreadFactory threads;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    SequencerBatch batches;

    @Inject
    StreamPublisher publisher;

    @Inject
    StreamTail tail;

    @Inject
    Settings settings;

    synchronized void start(@Observes SchemaReady ready) {
        if (thread == null) {
            ofCluster = settings.isClusterNode();
            running = true;
            thread = threads.newThread(this::run);
            thread.setName("anliegen-sequencer");
            thread.start();
        }
    }

    /**
     * A transaction that wrote to the outbox committed on this node: the sequencer starts a batch at once, here or, on a
     * cluster, on the node that holds the lease. The calls to that node are gathered: one for all the commits of
     * {@value #GATHER_MILLIS} ms.
     */
    void wake(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventLog.Outboxed outboxed) {
        if (leading) {
            wakeUps.release();
        } else if (callPending.compareAndSet(false, true)) {
            try {
                scheduler.schedule(
                        () -> {
                            callPending.set(false);
                            publisher.wakeSequencer();
                        },
                        GATHER_MILLIS,
                        TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                callPending.set(false);
            }
        }
    }

    /** Another node committed outbox entries: if this node numbers them, it starts a batch at once. */
    public void wakeUp() {
        if (leading) {
            wakeUps.release();
        }
    }

    @PreDestroy
    synchronized void stop() {
        running = false;
        if (thread == null) {
            return;
        }
        thread.interrupt();
        try {
            thread.join(LEASE.toMillis() / 2);
            batches.release(Node.name());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.fine(() -> "The sequencer's lease was left to expire: " + e);
        }
    }

    private void run() {
        var failures = 0;
        var conflicts = 0;
        // after a failure, entries go one at a time until the one that fails is found
        var carefully = 0;
        var unreachable = false;
        while (running) {
            try {
                var numbered = batches.number(Node.name(), LEASE, carefully > 0 ? 1 : MOST_PER_BATCH);
                leading = numbered.leader();
                failures = 0;
                conflicts = 0;
                if (unreachable) {
                    LOG.info("The sequencer reaches the database again");
                    unreachable = false;
                }
                if (numbered.entries() > 0) {
                    carefully = Math.max(0, carefully - numbered.entries());
                    tail.ring();
                    if (ofCluster) {
                        // a server on its own has no one to ring: its topic reaches no other node
                        publisher.ring();
                    }
                    publisher.push(numbered.pushes());
                    continue;
                }
                wakeUps.tryAcquire(numbered.leader() ? IDLE_MILLIS : FOLLOWER_MILLIS, TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                if (DatabaseFailures.isUnreachable(e)) {
                    if (!unreachable) {
                        LOG.warning("The sequencer cannot reach the database (" + DatabaseFailures.describe(e)
                                + "); it tries again every second");
                        unreachable = true;
                    }
                } else if (DatabaseFailures.isTransientConflict(e) && ++conflicts < MOST_FAILURES) {
                    // a deadlock or lock wait the database resolved by rolling this batch back: the same batch again
                    LOG.fine(() -> "A batch of the sequencer is repeated: " + DatabaseFailures.describe(e));
                    continue;
                } else if (++failures >= MOST_FAILURES && carefully > 0) {
                    skipOldest(e);
                    failures = 0;
                } else {
                    LOG.warning("A batch of the sequencer failed, retrying entry by entry: "
                            + DatabaseFailures.describe(e));
                    carefully = MOST_PER_BATCH;
                }
                if (!pause(unreachable ? 1_000 : 100)) {
                    return;
                }
            }
        }
    }

    private void skipOldest(RuntimeException failure) {
        try {
            batches.skipOldest(
                    Node.name(), LEASE, "it kept failing on its own (" + DatabaseFailures.describe(failure) + ")");
        } catch (RuntimeException e) {
            LOG.warning("Could not skip the failing outbox entry: " + DatabaseFailures.describe(e));
        }
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
