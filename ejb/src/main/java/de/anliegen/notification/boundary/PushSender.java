package de.anliegen.notification.boundary;

import de.anliegen.notification.control.EcKeys;
import de.anliegen.notification.control.Vapid;
import de.anliegen.notification.control.WebPushEncryption;
import de.anliegen.notification.entity.PushDelivery;
import de.anliegen.notification.entity.PushSubscription;
import de.anliegen.platform.gateways.OutboundAddresses;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sends the queued notifications to the push services (RFC 8030), encrypted for each device (RFC 8291) and signed
 * with the server's key (RFC 8292), many at once and off the request threads: at once after they were queued, and
 * every 20 seconds for those due again. A notification is claimed for two minutes before it is sent, so that two
 * nodes never send the same one; sent, it is deleted; refused for a while (429, 5xx, no answer), it is tried again
 * later, each time later; a device the push service no longer knows (404, 410) or that subscribed with another key
 * (403) loses its subscription.
 */
@Singleton
@PermitAll
@Lock(LockType.READ)
@TransactionManagement(TransactionManagementType.BEAN)
public class PushSender {

    /** How long a notification waits at the push service for a device that is offline: a day. */
    static final Duration TIME_TO_LIVE = Duration.ofDays(1);

    private static final Logger LOG = Logger.getLogger(PushSender.class.getName());
    private static final Duration CLAIM = Duration.ofMinutes(2);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int BATCH = 100;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Inject
    PushKeys keys;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final ReentrantLock sending = new ReentrantLock();
    private final AtomicBoolean again = new AtomicBoolean();

    @Resource
    SessionContext context;

    /** After a commit that queued notifications: send them now, on another thread. */
    public void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) PushesQueued queued) {
        context.getBusinessObject(PushSender.class).sendDueLater();
    }

    @Asynchronous
    public void sendDueLater() {
        sendDue();
    }

    @Schedule(second = "*/20", minute = "*", hour = "*", persistent = false)
    void everyTwentySeconds() {
        sendDue();
    }

    /** Sends everything due, one batch after another; a call while another sends makes that one look again. */
    public void sendDue() {
        again.set(true);
        while (again.get() && sending.tryLock()) {
            try {
                while (again.getAndSet(false)) {
                    while (sendBatch() == BATCH) {
                        // a full batch: there may be more
                    }
                }
            } finally {
                sending.unlock();
            }
        }
    }

    private int sendBatch() {
        var vapid = keys.vapid();
        if (vapid.isEmpty()) {
            return 0;
        }
        var claimed = claim();
        if (claimed.isEmpty()) {
            return 0;
        }
        // encrypting is the costly part (a key pair and a key agreement each): on several threads
        var answers = new HashMap<Long, CompletableFuture<Integer>>();
        for (var item : claimed) {
            answers.put(
                    item.delivery(),
                    CompletableFuture.supplyAsync(() -> send(item, vapid.get()), executor)
                            .thenCompose(answer -> answer));
        }
        CompletableFuture.allOf(answers.values().toArray(CompletableFuture[]::new))
                .exceptionally(e -> null)
                .join();
        record(claimed, answers);
        return claimed.size();
    }

    /**
     * The due notifications with their devices, claimed for a while (their due time moved): one query, one update
     * for the whole batch.
     */
    private ArrayList<Claimed> claim() {
        var claimed = new ArrayList<Claimed>();
        inTransaction(() -> {
            var now = clock.instant();
            em.createNamedQuery(PushDelivery.DUE_WITH_DEVICES, Object[].class)
                    .setParameter("now", now)
                    .setMaxResults(BATCH)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultStream()
                    .forEach(row -> claimed.add(new Claimed(
                            (Long) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4], (String)
                                    row[5])));
            if (!claimed.isEmpty()) {
                em.createNamedQuery(PushDelivery.CLAIM)
                        .setParameter("until", now.plus(CLAIM))
                        .setParameter(
                                "ids", claimed.stream().map(Claimed::delivery).toList())
                        .executeUpdate();
            }
        });
        return claimed;
    }

    private CompletableFuture<Integer> send(Claimed item, Vapid vapid) {
        try {
            var endpoint = OutboundAddresses.requireTls(URI.create(item.endpoint()), "a push subscription's endpoint");
            var body = WebPushEncryption.encrypt(
                    item.payload().getBytes(StandardCharsets.UTF_8),
                    EcKeys.fromBase64url(item.p256dh()),
                    EcKeys.fromBase64url(item.auth()));
            var request = HttpRequest.newBuilder(endpoint)
                    .timeout(TIMEOUT)
                    .header("Authorization", vapid.authorization(endpoint, clock.instant()))
                    .header("Content-Encoding", "aes128gcm")
                    .header("Content-Type", "application/octet-stream")
                    .header("TTL", String.valueOf(TIME_TO_LIVE.toSeconds()))
                    .header("Urgency", "normal")
                    .header("Topic", topic(item.payload(), EcKeys.fromBase64url(item.auth())))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .thenApply(HttpResponse::statusCode)
                    .exceptionally(e -> 0);
        } catch (RuntimeException e) {
            LOG.warning("A push notification cannot be sent to its device (" + e.getMessage() + "); it is dropped.");
            return CompletableFuture.completedFuture(-1);
        }
    }

    /** What the push services answered: sent ones go, refused ones wait, gone devices lose their subscription. */
    private void record(ArrayList<Claimed> claimed, HashMap<Long, CompletableFuture<Integer>> answers) {
        var sent = new ArrayList<Long>();
        var dropped = new ArrayList<Long>();
        var gone = new ArrayList<String>();
        var again = new ArrayList<Claimed>();
        var lastStatus = 0;
        for (var item : claimed) {
            var status = answers.get(item.delivery()).join();
            if (status >= 200 && status < 300) {
                sent.add(item.delivery());
            } else if (status == 404 || status == 410 || status == 403) {
                gone.add(item.subscription());
                LOG.info(() -> "The push service answered " + status + " for a device: its subscription is"
                        + (status == 403 ? " for another server key" : " gone") + " and is forgotten.");
            } else if (status == -1 || status == 400 || status == 413) {
                dropped.add(item.delivery());
                LOG.warning("A push notification was refused (" + status + ") and is given up.");
            } else {
                again.add(item);
                lastStatus = status;
            }
        }
        inTransaction(() -> {
            remove(PushDelivery.DELETE, sent);
            remove(PushDelivery.DELETE, dropped);
            remove(PushSubscription.DELETE, gone);
            var now = clock.instant();
            for (var item : again) {
                var delivery = em.find(PushDelivery.class, item.delivery());
                if (delivery != null && !delivery.failed(now)) {
                    LOG.warning("A push notification was given up after " + delivery.attempts() + " attempts.");
                    em.remove(delivery);
                }
            }
        });
        if (!again.isEmpty()) {
            LOG.warning(again.size() + " of " + claimed.size() + " push notifications were not taken (last answer "
                    + (lastStatus == 0 ? "none" : lastStatus) + "); they are tried again later.");
        }
    }

    private void remove(String query, List<?> ids) {
        if (!ids.isEmpty()) {
            em.createNamedQuery(query).setParameter("ids", ids).executeUpdate();
        }
    }

    /**
     * The push service keeps only the newest notification of a topic for an offline device: one per request. The topic
     * is keyed with the device's own secret, which the push service never learns: it can neither tell the request
     * from it (request numbers are easy to guess) nor link one device's notifications to another's.
     */
    static String topic(String payload, byte[] deviceSecret) {
        var link = Json.createReader(new StringReader(payload)).readObject().getString("tag");
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(deviceSecret, "HmacSHA256"));
            return EcKeys.base64url(Arrays.copyOf(mac.doFinal(link.getBytes(StandardCharsets.UTF_8)), 18));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java", e);
        }
    }

    private void inTransaction(Runnable work) {
        try {
            transaction.begin();
            try {
                work.run();
                transaction.commit();
            } catch (RuntimeException e) {
                transaction.rollback();
                throw e;
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("The push queue's transaction failed: " + e, e);
        }
    }

    private record Claimed(
            long delivery, String subscription, String endpoint, String p256dh, String auth, String payload) {}
}
