package de.anliegen.identity.boundary;

import de.anliegen.identity.control.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The app's access tokens this node found valid in the database lately, by their hash (ADR 27): a request with one of
 * them is let in without asking the database again, for at most {@link #MOST_AGE} and never past the token's own
 * expiry. Once a transaction that ended a consumer's tokens is over, none of their tokens is taken from here any more:
 * a check that read the database before that end and is remembered after it counts for nothing, because each entry
 * keeps the mark of when its check began and each end the mark of when it happened.
 */
@ApplicationScoped
public class SignedInTokens {

    /** How long a token found valid is let in without the database. */
    public static final Duration MOST_AGE = Duration.ofSeconds(30);
    /** A check that took longer than this is not remembered: the ends it might have missed are forgotten by then. */
    static final Duration SLOWEST_CHECK = Duration.ofSeconds(5);
    /**
     * At most this many tokens are remembered; past it, the expired and ended ones go (once a second at most), and new
     * ones are checked in the database until there is room.
     */
    static final int MOST_ENTRIES = 100_000;

    private final ConcurrentHashMap<String, Entry> byHash = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<ConsumerId, Ended> ended = new ConcurrentHashMap<>();
    private final AtomicLong marks = new AtomicLong();
    private final AtomicReference<Instant> nextPrune = new AtomicReference<>(Instant.MIN);

    @Inject
    Clock clock;

    /** Taken before a check asks the database, and handed to {@link #remember} with what it found. */
    public Mark mark(Instant now) {
        return new Mark(marks.get(), now);
    }

    /** The consumer this access token signs in, if a check found it valid lately and nothing ended it since. */
    public Optional<ConsumerId> consumerOf(String accessToken) {
        return consumerOf(Secrets.sha256(accessToken), clock.instant());
    }

    Optional<ConsumerId> consumerOf(String accessHash, Instant now) {
        var entry = byHash.get(accessHash);
        if (entry == null) {
            return Optional.empty();
        }
        if (isOver(entry, now)) {
            byHash.remove(accessHash, entry);
            return Optional.empty();
        }
        return Optional.of(entry.consumer());
    }

    /** What a check that began at {@code checked} found in the database: a valid token of the consumer until then. */
    public void remember(String accessHash, ConsumerId consumer, Instant validUntil, Mark checked, Instant now) {
        if (Duration.between(checked.at(), now).compareTo(SLOWEST_CHECK) > 0) {
            return;
        }
        if (byHash.size() >= MOST_ENTRIES) {
            // at most once a second: a memory full of valid tokens must not cost every request a scan of it
            var due = nextPrune.get();
            if (!now.isBefore(due) && nextPrune.compareAndSet(due, now.plusSeconds(1))) {
                byHash.values().removeIf(entry -> isOver(entry, now));
            }
            if (byHash.size() >= MOST_ENTRIES) {
                return;
            }
        }
        var until = now.plus(MOST_AGE);
        byHash.put(accessHash, new Entry(consumer, validUntil.isBefore(until) ? validUntil : until, checked));
    }

    /** The consumer's tokens ended: none of those remembered counts any more, nor one a check still under way finds. */
    public void forget(ConsumerId consumer) {
        forget(consumer, clock.instant());
    }

    void forget(ConsumerId consumer, Instant now) {
        // two ends at once: the later mark stays, whichever of them is put last
        ended.merge(
                consumer,
                new Ended(marks.incrementAndGet(), now),
                (one, other) -> one.mark() >= other.mark() ? one : other);
        // an end matters as long as an entry from before it can be there: its age, and the slowest check before it
        var matters = MOST_AGE.plus(SLOWEST_CHECK);
        if (ended.size() > 1_000) {
            ended.values().removeIf(end -> Duration.between(end.at(), now).compareTo(matters) > 0);
        }
    }

    /** Whether an entry is past its time, or an end of its consumer's tokens came after its check began. */
    private boolean isOver(Entry entry, Instant now) {
        var end = ended.get(entry.consumer());
        return !now.isBefore(entry.until())
                || end != null && end.mark() > entry.checked().value();
    }

    /** Once the transaction that ended them is over, whichever way: a rolled-back end only costs a database check. */
    void ended(@Observes(during = TransactionPhase.AFTER_COMPLETION) AccessTokensEnded tokensEnded) {
        forget(tokensEnded.consumer());
    }

    /** When a check began: the count of ends so far, and the time. */
    public record Mark(long value, Instant at) {}

    private record Entry(ConsumerId consumer, Instant until, Mark checked) {}

    private record Ended(long mark, Instant at) {}
}
