package de.anliegen.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import de.anliegen.audit.entity.AuditEvent;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An audit entry carries the hash of what it holds and of the entry before it. */
class ChainHashTest {

    private static final Instant AT = Instant.parse("2026-12-05T08:00:00Z");

    @Test
    void an_entry_carries_the_hash_that_its_fields_give_and_its_detail_goes_in_by_its_own_hash() {
        var entry = entry("staff:7", "consumer.read", "x", ChainHash.START);

        assertEquals(ChainHash.of(entry), entry.hash());
        assertEquals(ChainHash.ofDetail("x"), entry.detailHash());
        assertNull(ChainHash.ofDetail(null));
    }

    @Test
    void any_other_field_or_predecessor_gives_another_hash_and_no_two_fields_run_into_each_other() {
        var entry = entry("staff:7", "consumer.read", "x", ChainHash.START);

        assertNotEquals(
                entry.hash(),
                entry("staff:8", "consumer.read", "x", ChainHash.START).hash());
        assertNotEquals(
                entry.hash(),
                entry("staff:7", "consumer.read", "y", ChainHash.START).hash());
        assertNotEquals(
                entry.hash(),
                entry("staff:7", "consumer.read", "x", entry.hash()).hash());
        assertNotEquals(
                entry("staff:7", "consumer.read", null, ChainHash.START).hash(),
                entry("staff:7", "consumer.read", "", ChainHash.START).hash(),
                "absent is not empty");
        assertNotEquals(
                entry("staff:7c", "onsumer.read", "x", ChainHash.START).hash(),
                entry.hash(),
                "each field has its length in front");
    }

    private static AuditEvent entry(String actor, String action, String detail, String previous) {
        return new AuditEvent(1, AT, actor, action, "support", 42L, "conversation:5", null, detail, previous);
    }
}
