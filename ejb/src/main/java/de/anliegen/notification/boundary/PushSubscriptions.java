package de.anliegen.notification.boundary;

import de.anliegen.identity.boundary.ConsumerId;
import de.anliegen.identity.boundary.ConsumerSessions;
import de.anliegen.identity.boundary.ConsumerSignedOut;
import de.anliegen.identity.boundary.Roles;
import de.anliegen.notification.control.EcKeys;
import de.anliegen.notification.entity.PushSubscription;
import de.anliegen.platform.problems.Conflict;
import de.anliegen.platform.problems.Invalid;
import de.anliegen.platform.problems.NotFound;
import de.anliegen.platform.problems.Unauthenticated;
import de.anliegen.platform.settings.Settings;
import de.anliegen.privacy.boundary.ConsentWithdrawn;
import de.anliegen.privacy.boundary.Consents;
import de.anliegen.privacy.boundary.Purpose;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * The devices where a consumer switched notifications on. A subscription needs the consent "notifications", belongs
 * to the sign-in that made it, and goes when that sign-in ends, when the consent is withdrawn, or when the push
 * service says it is gone.
 */
@Stateless
@RolesAllowed(Roles.CONSUMER)
public class PushSubscriptions {

    private static final Set<String> LANGUAGES = Set.of("de", "en");

    @PersistenceContext
    EntityManager em;

    @Inject
    PushKeys keys;

    @Inject
    ConsumerSessions sessions;

    @Inject
    Consents consents;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    /** The key the app subscribes with ({@code applicationServerKey}), if this server sends push notifications. */
    @PermitAll
    public String serverKey() {
        return keys.vapid()
                .orElseThrow(() -> new NotFound("This server sends no push notifications."))
                .publicKey();
    }

    /** Keeps (or renews) this device's subscription under the app's id for it, for the sign-in of the token. */
    public SubscriptionView subscribe(ConsumerId consumer, String accessToken, String id, NewSubscription wanted) {
        serverKey();
        var valid = validated(id, wanted);
        if (!consents.holds(consumer, Purpose.NOTIFICATIONS)) {
            throw new Conflict(
                    "consent-missing", "Give the consent \"notifications\" first (PUT /api/v1/me/consents).");
        }
        var session = sessions.sessionOf(accessToken)
                .orElseThrow(() -> new Unauthenticated("unauthenticated", "Sign in first: send a valid access token."));
        var subscription = em.find(PushSubscription.class, id);
        if (subscription != null && !subscription.madeBy(consumer.value(), session)) {
            // the device's app signed in anew, or as another person: the subscription starts again with this sign-in
            em.remove(subscription);
            em.flush();
            subscription = null;
        }
        if (subscription == null) {
            subscription = new PushSubscription(id, consumer.value(), session, clock.instant());
            // the row is written as it is when persisted: complete it first
            subscription.use(valid.endpoint(), valid.p256dh(), valid.auth(), valid.previews(), valid.language());
            em.persist(subscription);
        } else {
            subscription.use(valid.endpoint(), valid.p256dh(), valid.auth(), valid.previews(), valid.language());
        }
        return SubscriptionView.of(subscription);
    }

    /** Switches notifications off on this device; nothing to do when they were not on. */
    public void unsubscribe(ConsumerId consumer, String id) {
        var subscription = em.find(PushSubscription.class, id);
        if (subscription != null && subscription.belongsTo(consumer.value())) {
            em.remove(subscription);
        }
    }

    public List<SubscriptionView> mine(ConsumerId consumer) {
        return of(consumer).stream().map(SubscriptionView::of).toList();
    }

    /** A sign-in ended: its devices' subscriptions go with it. */
    @PermitAll
    public void forgetSignedOut(@Observes ConsumerSignedOut signedOut) {
        var live = sessions.liveSessionsOf(signedOut.consumer());
        of(signedOut.consumer()).stream()
                .filter(subscription -> !live.contains(subscription.sessionId()))
                .forEach(em::remove);
    }

    /** Without the consent, no device of the consumer keeps a subscription. */
    @PermitAll
    public void forgetWithoutConsent(@Observes ConsentWithdrawn withdrawn) {
        if (withdrawn.purpose() == Purpose.NOTIFICATIONS) {
            of(withdrawn.consumer()).forEach(em::remove);
        }
    }

    private List<PushSubscription> of(ConsumerId consumer) {
        return of(em, consumer);
    }

    /** The consumer's devices with notifications on, oldest first. */
    static List<PushSubscription> of(EntityManager em, ConsumerId consumer) {
        return em.createNamedQuery(PushSubscription.OF_CONSUMER, PushSubscription.class)
                .setParameter("consumer", consumer.value())
                .getResultList();
    }

    private NewSubscription validated(String id, NewSubscription wanted) {
        if (id == null || !id.matches("[0-9a-fA-F-]{36}")) {
            throw new Invalid("invalid", "id", "The subscription's id is a UUID the app chose for this device.");
        }
        if (wanted == null) {
            throw new Invalid("invalid", "endpoint", "Send the browser's subscription: endpoint, p256dh, auth.");
        }
        var endpoint = endpoint(wanted.endpoint());
        try {
            EcKeys.publicKey(EcKeys.fromBase64url(String.valueOf(wanted.p256dh())));
        } catch (IllegalArgumentException e) {
            throw new Invalid("invalid", "p256dh", "p256dh is the browser's P-256 public key, Base64url.");
        }
        byte[] auth;
        try {
            auth = EcKeys.fromBase64url(String.valueOf(wanted.auth()));
        } catch (IllegalArgumentException e) {
            auth = new byte[0];
        }
        if (auth.length != 16) {
            throw new Invalid("invalid", "auth", "auth is the browser's 16-byte secret, Base64url.");
        }
        var language = wanted.language() == null ? "de" : wanted.language();
        if (!LANGUAGES.contains(language)) {
            throw new Invalid("invalid", "language", "The language is de or en.");
        }
        return new NewSubscription(
                endpoint,
                wanted.p256dh().strip(),
                wanted.auth().strip(),
                Boolean.TRUE.equals(wanted.previews()),
                language);
    }

    /** A push service's address: https, and at most 2,048 characters; plain http to this machine in dev mode only. */
    private String endpoint(String endpoint) {
        try {
            var address = URI.create(String.valueOf(endpoint).strip());
            var loopback = "127.0.0.1".equals(address.getHost()) || "localhost".equals(address.getHost());
            var allowed = "https".equals(address.getScheme())
                    || ("http".equals(address.getScheme()) && loopback && settings.isDev());
            if (allowed && address.getHost() != null && endpoint.length() <= 2048) {
                return address.toString();
            }
        } catch (IllegalArgumentException e) {
            // said below
        }
        throw new Invalid("invalid", "endpoint", "The endpoint is the push service's https address the browser gave.");
    }
}
