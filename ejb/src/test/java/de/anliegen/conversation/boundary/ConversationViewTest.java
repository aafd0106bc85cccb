package de.anliegen.conversation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import de.anliegen.company.boundary.CompanyView;
import de.anliegen.conversation.entity.Conversation;
import de.anliegen.conversation.entity.Status;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationViewTest {

    private static final Instant OPENED = Instant.parse("2026-12-07T08:00:00Z");
    private static final CompanyView STADTWERKE =
            new CompanyView(2L, "stadtwerke", "Stadtwerke Musterstadt", null, null, null, true);

    @Test
    void the_rating_comment_is_the_consumers_own_words_and_not_shown_to_the_company_while_restricted()
            throws ReflectiveOperationException {
        var request = new Conversation(1L, 2L, "r-1", "Abschlag", null, OPENED);
        var id = Conversation.class.getDeclaredField("id"); // given by the database
        id.setAccessible(true);
        id.set(request, 4021L);
        request.changeStatus(Status.RESOLVED, OPENED);
        request.close((short) 2, "Frau Meier war unfreundlich", OPENED);

        var shown = ConversationView.of(request, STADTWERKE, null, false, List.of(), 0);
        var restricted = ConversationView.of(request, STADTWERKE, null, true, List.of(), 0);

        assertEquals("Frau Meier war unfreundlich", shown.ratingComment());
        assertNull(restricted.ratingComment());
        assertEquals(2, restricted.rating(), "the figure names no one and stays in the company's statistics");
    }
}
