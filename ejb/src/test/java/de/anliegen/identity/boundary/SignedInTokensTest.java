package de.anliegen.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignedInTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final ConsumerId ANNA = new ConsumerId(7);
    private static final ConsumerId BERT = new ConsumerId(8);

    private final SignedInTokens tokens = new SignedInTokens();

    @Test
    void a_token_found_valid_is_let_in_for_the_most_age_and_never_past_its_own_expiry() {
        tokens.remember("a", ANNA, NOW.plus(Duration.ofMinutes(15)), tokens.mark(NOW), NOW);
        tokens.remember("b", BERT, NOW.plusSeconds(10), tokens.mark(NOW), NOW);

        assertEquals(
                Optional.of(ANNA),
                tokens.consumerOf("a", NOW.plus(SignedInTokens.MOST_AGE).minusMillis(1)));
        assertEquals(Optional.empty(), tokens.consumerOf("a", NOW.plus(SignedInTokens.MOST_AGE)));
        assertEquals(Optional.of(BERT), tokens.consumerOf("b", NOW.plusSeconds(9)));
        assertEquals(Optional.empty(), tokens.consumerOf("b", NOW.plusSeconds(10)), "expired at its own time");
        assertEquals(Optional.empty(), tokens.consumerOf("unknown", NOW));
    }

    @Test
    void an_end_takes_every_token_of_that_consumer_and_no_one_elses() {
        tokens.remember("phone", ANNA, NOW.plusSeconds(900), tokens.mark(NOW), NOW);
        tokens.remember("tablet", ANNA, NOW.plusSeconds(900), tokens.mark(NOW), NOW);
        tokens.remember("bert", BERT, NOW.plusSeconds(900), tokens.mark(NOW), NOW);

        tokens.forget(ANNA, NOW.plusSeconds(1));

        assertEquals(Optional.empty(), tokens.consumerOf("phone", NOW.plusSeconds(1)));
        assertEquals(Optional.empty(), tokens.consumerOf("tablet", NOW.plusSeconds(1)));
        assertEquals(Optional.of(BERT), tokens.consumerOf("bert", NOW.plusSeconds(1)));
    }

    @Test
    void a_check_that_began_before_an_end_and_is_remembered_after_it_counts_for_nothing() {
        var before = tokens.mark(NOW);
        tokens.forget(ANNA, NOW.plusMillis(5));
        // the check read the database before the end committed, and finishes now
        tokens.remember("phone", ANNA, NOW.plusSeconds(900), before, NOW.plusMillis(10));

        assertEquals(Optional.empty(), tokens.consumerOf("phone", NOW.plusMillis(11)));

        // a check that began after the end read what the end left: a token still valid then is valid
        tokens.remember("tablet", ANNA, NOW.plusSeconds(900), tokens.mark(NOW.plusMillis(20)), NOW.plusMillis(21));
        assertEquals(Optional.of(ANNA), tokens.consumerOf("tablet", NOW.plusMillis(22)));
    }

    @Test
    void a_slow_check_is_not_remembered() {
        var began = tokens.mark(NOW);
        tokens.remember(
                "phone",
                ANNA,
                NOW.plusSeconds(900),
                began,
                NOW.plus(SignedInTokens.SLOWEST_CHECK).plusMillis(1));

        assertEquals(Optional.empty(), tokens.consumerOf("phone", NOW.plusSeconds(6)));
    }

    @Test
    void past_the_most_entries_the_expired_ones_make_room_and_otherwise_a_token_waits_for_it() {
        var checked = tokens.mark(NOW);
        for (var i = 0; i < SignedInTokens.MOST_ENTRIES; i++) {
            tokens.remember("t" + i, ANNA, NOW.plusSeconds(i < 10 ? 1 : 900), checked, NOW);
        }

        tokens.remember("full", BERT, NOW.plusSeconds(900), tokens.mark(NOW), NOW);
        assertEquals(Optional.empty(), tokens.consumerOf("full", NOW), "no room: the database is asked next time");

        var later = NOW.plusSeconds(2);
        tokens.remember("room", BERT, NOW.plusSeconds(900), tokens.mark(later), later);
        assertEquals(Optional.of(BERT), tokens.consumerOf("room", later), "the ten expired ones made room");
    }

    @Test
    void ended_tokens_make_room_too_but_a_full_memory_is_looked_through_once_a_second_at_most() {
        var checked = tokens.mark(NOW);
        // one account refreshing in a loop: each token used once, each ended by the next refresh
        for (var i = 0; i < SignedInTokens.MOST_ENTRIES; i++) {
            tokens.remember("t" + i, ANNA, NOW.plusSeconds(900), checked, NOW);
        }
        tokens.remember("bert", BERT, NOW.plusSeconds(900), tokens.mark(NOW), NOW);
        assertEquals(Optional.empty(), tokens.consumerOf("bert", NOW), "full of valid tokens: no room");

        tokens.forget(ANNA, NOW.plusMillis(500));
        var soon = NOW.plusMillis(600);
        tokens.remember("bert", BERT, NOW.plusSeconds(900), tokens.mark(soon), soon);
        assertEquals(Optional.empty(), tokens.consumerOf("bert", soon), "not looked through again within the second");

        var second = NOW.plusSeconds(1);
        tokens.remember("bert", BERT, NOW.plusSeconds(900), tokens.mark(second), second);
        assertEquals(Optional.of(BERT), tokens.consumerOf("bert", second), "the ended ones made room");
    }
}
