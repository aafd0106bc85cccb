package de.anliegen.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConsumerSessionTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-12-04T09:00:00Z");
    private static final Duration ACCESS = Duration.ofMinutes(15);
    private static final Duration REFRESH = Duration.ofDays(30);
    private static final Duration LIFETIME = Duration.ofDays(90);
    private static final Instant REFRESHED = SIGNED_IN.plus(Duration.ofMinutes(20));

    @Test
    void tokens_last_their_own_time_while_the_session_has_longer_to_go() {
        var session = new ConsumerSession(7L, "family", SIGNED_IN);
        var now = SIGNED_IN.plus(Duration.ofDays(10));

        session.issue("access", "refresh", now, ACCESS, REFRESH, LIFETIME);

        assertEquals(now.plus(ACCESS), session.accessExpiresAt());
        assertEquals(now.plus(REFRESH), session.refreshExpiresAt());
    }

    @Test
    void however_often_it_is_refreshed_the_session_ends_its_lifetime_after_the_sign_in() {
        var session = new ConsumerSession(7L, "family", SIGNED_IN);
        var end = SIGNED_IN.plus(LIFETIME);

        session.issue("access", "refresh", end.minus(Duration.ofDays(1)), ACCESS, REFRESH, LIFETIME);
        assertEquals(end, session.refreshExpiresAt());
        assertTrue(session.refreshValidAt(end.minusSeconds(1)));
        assertFalse(session.refreshValidAt(end));

        session.issue("access2", "refresh2", end.minus(Duration.ofMinutes(5)), ACCESS, REFRESH, LIFETIME);
        assertEquals(end, session.accessExpiresAt(), "the access token too ends with the session");
    }

    @Test
    void a_session_from_before_families_joins_one_and_keeps_it() {
        var old = new ConsumerSession(7L, null, SIGNED_IN);

        old.joinFamily("first");
        old.joinFamily("second");

        assertEquals("first", old.family());
    }

    @Test
    void the_token_a_refresh_used_up_renews_once_more_within_the_grace_and_no_older_one_ever() {
        var session = refreshedAt(REFRESHED);
        var refreshed = REFRESHED;

        assertTrue(session.isRetryOfLastRefresh("refresh1", refreshed.plusSeconds(30)), "the answer was lost");
        assertFalse(session.isRetryOfLastRefresh("refresh1", refreshed.plus(ConsumerSession.RETRY_GRACE)));
        assertFalse(session.isRetryOfLastRefresh("refresh2", refreshed), "the current token is no retry");

        session.issue("access3", "refresh3", refreshed.plusSeconds(40), ACCESS, REFRESH, LIFETIME);
        assertFalse(session.isRetryOfLastRefresh("refresh1", refreshed.plusSeconds(50)), "two generations back");
        assertTrue(session.isRetryOfLastRefresh("refresh2", refreshed.plusSeconds(50)));

        session.end(refreshed.plusSeconds(60));
        assertFalse(
                session.isRetryOfLastRefresh("refresh2", refreshed.plusSeconds(70)), "an ended session stays ended");
    }

    @Test
    void a_used_up_token_never_renews_past_its_own_expiry() {
        var lastMoment = SIGNED_IN.plus(REFRESH).minusSeconds(10);
        var session = refreshedAt(lastMoment);

        assertTrue(session.isRetryOfLastRefresh("refresh1", lastMoment.plusSeconds(5)));
        assertFalse(session.isRetryOfLastRefresh("refresh1", lastMoment.plusSeconds(10)));
    }

    @Test
    void a_pair_issued_for_a_retry_opens_no_grace_of_its_own() {
        // someone refreshes with refresh1 (refresh2 goes to them); the app, signed out by it, tries refresh1 again
        var session = refreshedAt(REFRESHED);
        var refreshed = REFRESHED;
        assertTrue(session.isRetryOfLastRefresh("refresh1", refreshed.plusSeconds(10)));
        session.issue("access3", "refresh3", refreshed.plusSeconds(10), ACCESS, REFRESH, LIFETIME);
        session.closeRetry();

        assertFalse(
                session.isRetryOfLastRefresh("refresh2", refreshed.plusSeconds(20)),
                "refresh2 never reached the app that retried: whoever presents it has a copy");
    }

    /** A session signed in with refresh1 and refreshed once, at {@code refreshed}, to refresh2. */
    private static ConsumerSession refreshedAt(Instant refreshed) {
        var session = new ConsumerSession(7L, "family", SIGNED_IN);
        session.issue("access1", "refresh1", SIGNED_IN, ACCESS, REFRESH, LIFETIME);
        session.issue("access2", "refresh2", refreshed, ACCESS, REFRESH, LIFETIME);
        return session;
    }
}
