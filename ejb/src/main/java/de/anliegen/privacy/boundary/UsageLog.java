package de.anliegen.privacy.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Queue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The usage log of the privacy notice, for quality assurance only. A request only puts its visit into a bounded
 * buffer; every {@value #HAND_OVER_MILLIS} ms the buffered visits go, a batch per message, into a persistent JMS queue,
 * whose listener works out browser, system, device and location and writes the records ({@link UsageRecords}). When
 * the buffer is full the request hands its visit over itself, and stopping the server hands over what is left, so a
 * visit is only lost when the process dies within those milliseconds (docs/benchmarks.md, "Usage log overhead").
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UsageLog {

    public static final String QUEUE = "java:/jms/queue/anliegen-usage";

    static final long HAND_OVER_MILLIS = 200;
    private static final int MOST_BUFFERED = 20_000;
    private static final int MOST_PER_MESSAGE = 500;
    private static final Logger LOG = Logger.getLogger(UsageLog.class.getName());

    private final BlockingQueue<Visit> buffer = new ArrayBlockingQueue<>(MOST_BUFFERED);
    private ScheduledFuture<?> handOvers;

    @Resource(lookup = "java:comp/DefaultJMSConnectionFactory")
    ConnectionFactory factory;

    @Resource(lookup = QUEUE)
    Queue queue;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @PostConstruct
    void startHandOvers() {
        handOvers = scheduler.scheduleWithFixedDelay(
                this::handOverBuffered, HAND_OVER_MILLIS, HAND_OVER_MILLIS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void handOverRest() {
        handOvers.cancel(false);
        handOverBuffered();
    }

    /** Logs the visit; called by the web layer after the request has been answered. */
    public void record(Visit visit) {
        if (!buffer.offer(visit)) {
            send(List.of(visit));
        }
    }

    private void handOverBuffered() {
        var batch = new ArrayList<Visit>(MOST_PER_MESSAGE);
        while (buffer.drainTo(batch, MOST_PER_MESSAGE) > 0) {
            try {
                send(batch);
            } catch (RuntimeException e) {
                var kept = batch.stream().filter(buffer::offer).count();
                LOG.severe("Visits could not be queued for the usage log (" + kept + " of " + batch.size()
                        + " kept for the next attempt): " + e);
                return;
            }
            batch.clear();
        }
    }

    private void send(List<Visit> visits) {
        try (var jms = factory.createContext()) {
            jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(queue, VisitBatch.write(visits));
        }
    }
}
