package de.anliegen.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class StaffAccountIdTest {

    @Test
    void the_audit_trail_names_an_account_as_it_reads_it_back() {
        var account = new StaffAccountId(42);
        assertEquals("staff:42", account.actorName());
        assertEquals(Optional.of(account), StaffAccountId.ofActorName(account.actorName()));
    }

    @Test
    void a_consumer_or_the_server_as_actor_is_no_staff_account() {
        assertEquals(Optional.empty(), StaffAccountId.ofActorName(new ConsumerId(42).principalName()));
        assertEquals(Optional.empty(), StaffAccountId.ofActorName("system"));
        assertEquals(Optional.empty(), StaffAccountId.ofActorName(null));
    }
}
