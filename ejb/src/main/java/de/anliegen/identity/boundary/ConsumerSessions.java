package de.anliegen.identity.boundary;

import de.anliegen.identity.control.Secrets;
import de.anliegen.identity.control.TokenHashes;
import de.anliegen.identity.entity.ConsumerSession;
import de.anliegen.identity.entity.ErasedSignIn;
import de.anliegen.platform.boundary.Setting;
import de.anliegen.platform.boundary.Settings;
import de.anliegen.platform.boundary.Unauthenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/** The app's sessions: tokens issued, checked, refreshed with rotation, and revoked. */
@Stateless
@PermitAll
public class ConsumerSessions {

    private static final Logger LOG = Logger.getLogger(ConsumerSessions.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    /** A new session for a consumer who has just proved who they are. */
    public Tokens open(ConsumerId consumer) {
        var session = new ConsumerSession(consumer.value(), clock.instant());
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
        return em
                .createNamedQuery(ConsumerSession.BY_ACCESS_HASH, ConsumerSession.class)
                .setParameter("hash", Secrets.sha256(accessToken))
                .getResultList()
                .stream()
                .filter(session -> session.accessValidAt(now))
                .findFirst()
                .map(session -> new ConsumerId(session.consumerId()));
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
     * A new token pair for a valid refresh token, which is used up by it. Presenting a used-up refresh token again
     * means someone else has had it: the whole session ends.
     */
    public Tokens refresh(String refreshToken) {
        var hash = Secrets.sha256(refreshToken);
        var current = em.createNamedQuery(ConsumerSession.BY_REFRESH_HASH, ConsumerSession.class)
                .setParameter("hash", hash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
        if (current.isPresent() && current.get().refreshValidAt(clock.instant())) {
            return issue(current.get());
        }
        var reused = em.createNamedQuery(ConsumerSession.BY_PREVIOUS_REFRESH_HASH, ConsumerSession.class)
                .setParameter("hash", hash)
                .getResultStream()
                .findFirst();
        if (reused.isPresent()) {
            LOG.warning("A used refresh token was presented again; ended the session of consumer "
                    + reused.get().consumerId());
            reused.get().end(clock.instant());
            throw new ReusedRefreshToken();
        }
        var erased = em.createNamedQuery(ErasedSignIn.VALID, Long.class)
                .setParameter("hash", hash)
                .setParameter("now", clock.instant())
                .getSingleResult();
        if (erased > 0) {
            throw new Unauthenticated(
                    "account-erased", "The account of this sign-in was erased; nothing of it is kept any more.");
        }
        throw new Unauthenticated("invalid-refresh-token", "The refresh token is not valid (any more); sign in again.");
    }

    /** Signs out the app that holds this access token. */
    public void end(String accessToken) {
        em.createNamedQuery(ConsumerSession.BY_ACCESS_HASH, ConsumerSession.class)
                .setParameter("hash", Secrets.sha256(accessToken))
                .getResultStream()
                .findFirst()
                .ifPresent(session -> session.end(clock.instant()));
    }

    /** Signs out every app of the consumer (after a sign-out everywhere, a new password, or deletion). */
    public void endAll(ConsumerId consumer) {
        em.createNamedQuery(ConsumerSession.END_ALL_OF_CONSUMER)
                .setParameter("consumer", consumer.value())
                .setParameter("now", clock.instant())
                .executeUpdate();
    }

    /** Signs out every other app of the consumer: the one holding this access token stays signed in. */
    public void endOthers(ConsumerId consumer, String accessToken) {
        em.createNamedQuery(ConsumerSession.END_OTHERS_OF_CONSUMER)
                .setParameter("consumer", consumer.value())
                .setParameter("hash", Secrets.sha256(accessToken))
                .setParameter("now", clock.instant())
                .executeUpdate();
    }

    private Tokens issue(ConsumerSession session) {
        var now = clock.instant();
        var accessFor = settings.minutes(Setting.ACCESS_TOKEN_MINUTES);
        var refreshFor = Duration.ofDays(settings.getInt(Setting.REFRESH_TOKEN_DAYS));
        var access = Secrets.newToken();
        var refresh = Secrets.newToken();
        session.issue(Secrets.sha256(access), now.plus(accessFor), Secrets.sha256(refresh), now.plus(refreshFor));
        return new Tokens("Bearer", access, accessFor.toSeconds(), refresh, refreshFor.toSeconds());
    }
}
