package de.anliegen.web.portal.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.identity.boundary.StaffAccountView;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KnownColleaguesTest {

    private static final StaffAccountView ANNA = agent(1, "Anna Alt");
    private static final StaffAccountView NEO = agent(2, "Neo Neu");

    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void a_colleague_who_joined_after_the_page_opened_is_found_by_reading_the_colleagues_again() {
        var known = new KnownColleagues(List.of(ANNA));

        assertEquals(Optional.of(NEO), known.find(2, () -> read(ANNA, NEO)));
        assertEquals(List.of(ANNA, NEO), known.active(), "the assign menus offer the newcomer too");
        assertEquals(Optional.of(NEO), known.find(2, () -> read(ANNA, NEO)));
        assertEquals(1, reads.get());
    }

    @Test
    void someone_no_longer_active_is_looked_for_once_and_a_known_colleague_never() {
        var known = new KnownColleagues(List.of(ANNA));

        assertEquals(Optional.of(ANNA), known.find(1, () -> read(ANNA)));
        assertEquals(0, reads.get());
        for (var row = 0; row < 50; row++) {
            assertTrue(known.find(3, () -> read(ANNA)).isEmpty());
        }
        assertEquals(1, reads.get(), "every row of the former colleague is drawn without a query");
    }

    private List<StaffAccountView> read(StaffAccountView... active) {
        reads.incrementAndGet();
        return List.of(active);
    }

    private static StaffAccountView agent(long id, String name) {
        return new StaffAccountView(id, "agent" + id + "@example.org", name, 7L, Set.of("agent"));
    }
}
