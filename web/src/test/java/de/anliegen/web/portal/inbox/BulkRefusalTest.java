package de.anliegen.web.portal.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.company.boundary.CompanyView;
import de.anliegen.conversation.boundary.ConversationView;
import de.anliegen.conversation.entity.Conversation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkRefusalTest {

    private static final Instant OPENED = Instant.parse("2026-12-07T08:00:00Z");
    private static final CompanyView STADTWERKE =
            new CompanyView(2L, "stadtwerke", "Stadtwerke Musterstadt", null, null, null, true);

    @Test
    void a_refusal_a_row_causes_names_the_rows_that_cause_it() {
        var open = row(1, "Abschlag", false, false);
        var closed = row(2, "Zählerstand", true, false);
        var restricted = row(3, "Umzug", false, true);
        var selected = List.of(open, closed, restricted);

        assertEquals(
                new BulkRefusal("portal.inbox.bulk.closed", List.of("Zählerstand")),
                BulkRefusal.of("conversation-closed", selected).orElseThrow());
        assertEquals(
                new BulkRefusal("portal.inbox.bulk.restricted", List.of("Umzug")),
                BulkRefusal.of("consumer-restricted", selected).orElseThrow());
    }

    @Test
    void a_refusal_no_row_of_the_selection_explains_is_left_to_its_own_words() {
        var selected = List.of(row(1, "Abschlag", false, false));

        assertTrue(BulkRefusal.of("consumer-restricted", selected).isEmpty(), "restricted meanwhile");
        assertTrue(BulkRefusal.of("invalid", selected).isEmpty());
    }

    private static ConversationView row(long id, String subject, boolean closed, boolean restricted) {
        var request = new Conversation(1L, 2L, "r-" + id, subject, null, OPENED);
        if (closed) {
            request.close(null, null, OPENED);
        }
        try {
            var field = Conversation.class.getDeclaredField("id"); // given by the database
            field.setAccessible(true);
            field.set(request, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return ConversationView.of(request, STADTWERKE, null, restricted, List.of(), 0);
    }
}
