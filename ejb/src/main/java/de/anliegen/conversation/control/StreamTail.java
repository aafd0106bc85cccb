package de.anliegen.conversation.control;

import de.anliegen.conversation.boundary.StreamMessage;
import de.anliegen.conversation.entity.StreamEvent;
import de.anliegen.platform.database.SchemaReady;
import de.anliegen.platform.problems.DatabaseFailures;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * This node's reader of the stored events: every event the sequencer stores, in the order it stored them (by id, one
 * query per page of {@value #PAGE} for all streams), handed to this node's sockets and portal pages as a CDI event
 * {@link StreamMessage}. It reads when the sequencer or the topic's doorbell rings, and every second in case a
 * doorbell was lost; one read at a time, so every stream's events arrive in their order, without gaps.
 */
@ApplicationScoped
public class StreamTail {

    static final int PAGE = 1_000;
    static final long POLL_MILLIS = 1_000;

    private static final Logger LOG = Logger.getLogger(StreamTail.class.getName());

    // rings while a read runs: the reader reads once more instead of a second reader starting
    private final AtomicInteger rings = new AtomicInteger();
    private volatile long lastId = -1;
    private ScheduledFuture<?> polls;

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<StreamMessage> arrived;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    synchronized void start(@Observes SchemaReady ready) {
        if (polls == null) {
            var last = em.createNamedQuery(StreamEvent.LAST_ID, Long.class).getSingleResult();
            lastId = last == null ? 0 : last;
            polls = scheduler.scheduleWithFixedDelay(this::ring, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (polls != null) {
            polls.cancel(false);
        }
    }

    /** New events may be stored: read them (now, or right after the read that runs). */
    public void ring() {
        if (lastId < 0 || rings.getAndIncrement() > 0) {
            return;
        }
        try {
            executor.execute(this::readAll);
        } catch (RejectedExecutionException e) {
            rings.set(0);
        }
    }

    private void readAll() {
        var missed = 1;
        do {
            try {
                readNew();
            } catch (RuntimeException e) {
                LOG.fine(() -> "Reading the new stream events failed, trying again on the next ring: "
                        + DatabaseFailures.describe(e));
            }
            missed = rings.addAndGet(-missed);
        } while (missed != 0);
    }

    private void readNew() {
        while (true) {
            var page = em.createNamedQuery(StreamEvent.SINCE_ID, StreamEvent.class)
                    .setParameter("after", lastId)
                    .setMaxResults(PAGE)
                    .getResultList();
            for (var event : page) {
                lastId = event.id();
                try {
                    arrived.fire(new StreamMessage(event.streamKey(), event.seq(), event.json()));
                } catch (RuntimeException e) {
                    LOG.warning("Stream event " + event.id() + " could not be handed to this node's sockets: "
                            + e.getClass().getName());
                }
            }
            if (page.size() < PAGE) {
                return;
            }
        }
    }
}
