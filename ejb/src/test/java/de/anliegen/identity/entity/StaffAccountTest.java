package de.anliegen.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.identity.boundary.CompanyId;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffAccountTest {

    private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");

    @Test
    void a_waiting_invitation_is_renewed_with_the_name_and_roles_of_the_new_one() {
        var invited = StaffAccount.invited("olaf@example.org", "Olaf", "x", new CompanyId(7), Set.of("AGENT"), NOW);

        assertTrue(invited.renewInvitation("Olaf Agent", Set.of("AGENT", "COMPANY_ADMIN")));
        assertEquals("Olaf Agent", invited.displayName());
        assertEquals(Set.of("AGENT", "COMPANY_ADMIN"), invited.roles());
    }

    @Test
    void being_in_the_portal_is_written_down_at_most_once_a_minute() {
        var account = StaffAccount.invited("olaf@example.org", "Olaf", "x", new CompanyId(7), Set.of("AGENT"), NOW);

        account.seen(NOW);
        assertEquals(NOW, account.lastSeenAt());
        account.seen(NOW.plusSeconds(59));
        assertEquals(NOW, account.lastSeenAt());
        account.seen(NOW.plusSeconds(60));
        assertEquals(NOW.plusSeconds(60), account.lastSeenAt());
    }

    @Test
    void an_account_in_use_or_deactivated_is_not_invited_again() {
        var inUse = StaffAccount.invited("olaf@example.org", "Olaf", "x", new CompanyId(7), Set.of("AGENT"), NOW);
        inUse.usePassword("hash", NOW);
        assertFalse(inUse.renewInvitation("Someone Else", Set.of("COMPANY_ADMIN")));
        assertEquals("Olaf", inUse.displayName());

        var deactivated = StaffAccount.invited("ida@example.org", "Ida", "x", new CompanyId(7), Set.of("AGENT"), NOW);
        deactivated.deactivate(NOW);
        assertFalse(deactivated.renewInvitation("Ida", Set.of("AGENT")));
    }
}
