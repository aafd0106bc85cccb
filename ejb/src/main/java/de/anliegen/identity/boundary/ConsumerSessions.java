package de.anliegen.identity.boundary;

import de.anliegen.identity.control.Secrets;
import de.anliegen.identity.control.TokenHashes;
import de.anliegen.identity.entity.ConsumerSession;
import de.anliegen.identity.entity.ErasedSignIn;
import de.anliegen.platform.problems.Unauthenticated;
import de.anliegen.platform.settings.Setting;
import de.anliegen.platform.settings.Settings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The app's sessions: tokens issued, checked, refreshed with rotation, and revoked. A refresh token is
 * {@code family.secret}: the family names the session, the secret changes with every refresh.
 */
@Stateless
@PermitAll
public class ConsumerSessions {

    private static final Logger LOG = Logger.getLogger(ConsumerSessions.class.getName());
    private static final int FAMILY_LENGTH = 43;

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Inject
    Event<ConsumerSignedOut> signedOut;

    @Inject
    Event<AccessTokensEnded> tokensEnded;

    @Inject
    SignedInTokens signedIn;

    /** A new session for a consumer who has just proved who they are. */
    public Tokens open(ConsumerId consumer) {
        var session = new ConsumerSession(consumer.value(), Secrets.newToken(), clock.instant());
        var tokens = issue(session);
        em.persist(session);
        return tokens;
    }

    /**
     * The consumer an access token belongs to, while it is valid. One read on every request of the app, so it runs
     * without a transaction of its own: no switching of auto-commit and no commit, three round trips fewer.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ConsumerId> authenticate(String accessToken) {
        var now = clock.instant();
        var checked = signedIn.mark(now);
        var hash = Secrets.sha256(accessToken);
        var consumer = em
                .createNamedQuery(ConsumerSession.BY_ACCESS_HASH, ConsumerSession.class)
                .setParameter("hash", hash)
                .getResultList()
                .stream()
                .filter(session -> session.accessValidAt(now))
                .findFirst();
        consumer.ifPresent(session -> signedIn.remember(
                hash, new ConsumerId(session.consumerId()), session.accessExpiresAt(), checked, clock.instant()));
        return consumer.map(session -> new ConsumerId(session.consumerId()));
    }

    /**
     * Of these access tokens, those that still sign a consumer in, with whom: a query per 500 tokens, for the open
     * sockets' sweep.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<String, ConsumerId> authenticateAll(Collection<String> accessTokens) {
        var now = clock.instant();
        var hashes = new TokenHashes(accessTokens);
        var signedIn = new HashMap<String, ConsumerId>();
        for (var chunk : hashes.chunks()) {
            em
                    .createNamedQuery(ConsumerSession.BY_ACCESS_HASHES, ConsumerSession.class)
                    .setParameter("hashes", chunk)
                    .getResultList()
                    .stream()
                    .filter(session -> session.accessValidAt(now))
                    .forEach(session ->
                            signedIn.put(hashes.token(session.accessHash()), new ConsumerId(session.consumerId())));
        }
        return signedIn;
    }

    /**
     * A new token pair for a valid refresh token, which is used up by it. Presenting any used-up refresh token of the
     * session again means someone else has had it: the whole session ends. Only the token the last refresh used up may
     * renew the session once more within {@link ConsumerSession#RETRY_GRACE}, the app that lost the answer, and the
     * pair that retry gets opens no grace of its own (ADR 4).
     */
    public Tokens refresh(String refreshToken) {
        var now = clock.instant();
        var current = em.createNamedQuery(ConsumerSession.BY_REFRESH_HASH, ConsumerSession.class)
                .setParameter("hash", Secrets.sha256(refreshToken))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
        if (current.isPresent()) {
            if (current.get().refreshValidAt(now)) {
                return issue(current.get());
            }
            throw invalidRefreshToken();
        }
        var replayed = familyOf(refreshToken)
                .flatMap(family -> em.createNamedQuery(ConsumerSession.BY_FAMILY, ConsumerSession.class)
                        .setParameter("family", family)
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultStream()
                        .findFirst());
        if (replayed.isPresent() && replayed.get().isRetryOfLastRefresh(Secrets.sha256(refreshToken), now)) {
            LOG.info(
                    "An app renewed its session again with the token of its last refresh, whose answer it did not get");
            var tokens = issue(replayed.get());
            replayed.get().closeRetry();
            return tokens;
        }
        if (replayed.isPresent()) {
            LOG.warning("A used refresh token was presented again; ended the session of consumer "
                    + replayed.get().consumerId());
            replayed.get().end(now);
            ended(new ConsumerId(replayed.get().consumerId()));
            throw new ReusedRefreshToken();
        }
        var erased = em.createNamedQuery(ErasedSignIn.VALID, Long.class)
                .setParameter("hash", Secrets.sha256(refreshToken))
                .setParameter("now", now)
                .getSingleResult();
        if (erased > 0) {
            throw new Unauthenticated(
                    "account-erased", "The account of this sign-in was erased; nothing of it is kept any more.");
        }
        throw invalidRefreshToken();
    }

    /** Signs out the app that holds this access token. */
    public void end(String accessToken) {
        em.createNamedQuery(ConsumerSession.BY_ACCESS_HASH, ConsumerSession.class)
                .setParameter("hash", Secrets.sha256(accessToken))
                .getResultStream()
                .findFirst()
                .ifPresent(session -> {
                    session.end(clock.instant());
                    ended(new ConsumerId(session.consumerId()));
                    signedOut.fire(new ConsumerSignedOut(new ConsumerId(session.consumerId())));
                });
    }

    /** Signs out every app of the consumer (after a sign-out everywhere, a new password, or deletion). */
    public void endAll(ConsumerId consumer) {
        em.createNamedQuery(ConsumerSession.END_ALL_OF_CONSUMER)
                .setParameter("consumer", consumer.value())
                .setParameter("now", clock.instant())
                .executeUpdate();
        ended(consumer);
        signedOut.fire(new ConsumerSignedOut(consumer));
    }

    /** Signs out every other app of the consumer: the one holding this access token stays signed in. */
    public void endOthers(ConsumerId consumer, String accessToken) {
        em.createNamedQuery(ConsumerSession.END_OTHERS_OF_CONSUMER)
                .setParameter("consumer", consumer.value())
                .setParameter("hash", Secrets.sha256(accessToken))
                .setParameter("now", clock.instant())
                .executeUpdate();
        ended(consumer);
        signedOut.fire(new ConsumerSignedOut(consumer));
    }

    /** The sign-in that holds this access token, while it is valid. */
    public Optional<Long> sessionOf(String accessToken) {
        var now = clock.instant();
        return em.createNamedQuery(ConsumerSession.BY_ACCESS_HASH, ConsumerSession.class)
                .setParameter("hash", Secrets.sha256(accessToken))
                .getResultStream()
                .filter(session -> session.accessValidAt(now))
                .map(ConsumerSession::id)
                .findFirst();
    }

    /** The consumer's sign-ins that an app can still use: not ended, and refreshable. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Set<Long> liveSessionsOf(ConsumerId consumer) {
        return Set.copyOf(em.createNamedQuery(ConsumerSession.LIVE_IDS_OF_CONSUMER, Long.class)
                .setParameter("consumer", consumer.value())
                .setParameter("now", clock.instant())
                .getResultList());
    }

    private Tokens issue(ConsumerSession session) {
        var now = clock.instant();
        if (session.accessHash() != null) {
            // a refresh: the access token it replaces stops working
            ended(new ConsumerId(session.consumerId()));
        }
        session.joinFamily(Secrets.newToken());
        var access = Secrets.newToken();
        var refresh = session.family() + "." + Secrets.newToken();
        session.issue(
                Secrets.sha256(access),
                Secrets.sha256(refresh),
                now,
                settings.minutes(Setting.ACCESS_TOKEN_MINUTES),
                Duration.ofDays(settings.getInt(Setting.REFRESH_TOKEN_DAYS)),
                Duration.ofDays(settings.getInt(Setting.CONSUMER_SESSION_DAYS)));
        return new Tokens(
                "Bearer",
                access,
                secondsFrom(now, session.accessExpiresAt()),
                refresh,
                secondsFrom(now, session.refreshExpiresAt()));
    }

    private void ended(ConsumerId consumer) {
        tokensEnded.fire(new AccessTokensEnded(consumer));
    }

    private static long secondsFrom(Instant now, Instant expiry) {
        return Math.max(0, Duration.between(now, expiry).toSeconds());
    }

    /** The family a refresh token names, if it is of the form {@code family.secret}. */
    private static Optional<String> familyOf(String refreshToken) {
        var dot = refreshToken.indexOf('.');
        return dot == FAMILY_LENGTH ? Optional.of(refreshToken.substring(0, dot)) : Optional.empty();
    }

    private static Unauthenticated invalidRefreshToken() {
        return new Unauthenticated(
                "invalid-refresh-token", "The refresh token is not valid (any more); sign in again.");
    }
}
