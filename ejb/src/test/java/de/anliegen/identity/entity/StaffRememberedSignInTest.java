package de.anliegen.identity.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffRememberedSignInTest {

    private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");
    private static final Duration DAILY = Duration.ofHours(24);

    @Test
    void an_officers_browser_asks_for_the_code_a_day_after_it_was_last_entered() {
        var remembered = rememberedFor(Set.of("DATA_PROTECTION_OFFICER"));
        assertTrue(remembered.secondFactorDue(NOW, DAILY), "remembered before the proof was kept");

        remembered.proveSecondFactor(NOW);

        assertFalse(remembered.secondFactorDue(NOW.plus(Duration.ofHours(23)), DAILY));
        assertTrue(remembered.secondFactorDue(NOW.plus(DAILY), DAILY));
    }

    @Test
    void an_agents_browser_with_two_factors_by_choice_is_not_asked_daily() {
        var remembered = rememberedFor(Set.of("AGENT"));

        assertFalse(remembered.secondFactorDue(NOW.plus(Duration.ofDays(20)), DAILY));
    }

    private static StaffRememberedSignIn rememberedFor(Set<String> roles) {
        var account = StaffAccount.invited("dana@example.org", "Dana", "x", null, roles, NOW);
        account.usePassword("hash", NOW);
        account.prepareTotp("JBSWY3DPEHPK3PXP");
        account.enableTotp(1, NOW);
        return new StaffRememberedSignIn(account, "selector", "hash", "Chrome", NOW, NOW.plus(Duration.ofDays(30)));
    }
}
