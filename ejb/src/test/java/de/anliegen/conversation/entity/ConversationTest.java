package de.anliegen.conversation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.platform.problems.Conflict;
import de.anliegen.platform.problems.Invalid;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A request's rules: numbering, who it waits for, read and delivered markers, status, closing and rating. */
class ConversationTest {

    private static final Instant OPENED = Instant.parse("2026-12-05T08:00:00Z");
    private static final Instant LATER = OPENED.plusSeconds(600);

    private final Conversation request = new Conversation(1L, 2L, "r-1", "Zählerstand", null, OPENED);

    @Test
    void messages_are_numbered_one_after_the_other_and_the_sender_has_read_their_own() {
        var first = request.append(Side.CONSUMER, null, null, "c-1", "Guten Tag", OPENED);
        var second = request.append(Side.COMPANY, 7L, "Alex", "a-1", "Hallo", LATER);

        assertEquals(1, first.seq());
        assertEquals(2, second.seq());
        assertEquals(2, request.lastSeq());
        assertEquals(2, request.readSeqOf(Side.COMPANY));
        assertEquals(1, request.readSeqOf(Side.CONSUMER), "the consumer has read their own, not the answer");
        assertEquals(1, request.unreadFor(Side.CONSUMER));
        assertEquals(LATER, request.lastActivityAt());
    }

    @Test
    void an_answer_makes_it_wait_for_the_consumer_and_their_message_reopens_it_even_when_resolved() {
        request.append(Side.CONSUMER, null, null, "c-1", "Guten Tag", OPENED);
        request.append(Side.COMPANY, 7L, "Alex", "a-1", "Hallo", OPENED);
        assertEquals(Status.WAITING_FOR_CONSUMER, request.status());

        assertTrue(request.changeStatus(Status.RESOLVED, LATER));
        assertEquals(LATER, request.resolvedAt());
        request.append(Side.CONSUMER, null, null, "c-2", "Doch noch etwas", LATER);

        assertEquals(Status.OPEN, request.status());
        assertNull(request.resolvedAt());
    }

    @Test
    void markers_only_move_forward_never_beyond_the_last_message_and_read_means_delivered() {
        request.append(Side.CONSUMER, null, null, "c-1", "eins", OPENED);
        request.append(Side.CONSUMER, null, null, "c-2", "zwei", OPENED);

        assertTrue(request.markDelivered(Side.COMPANY, 1));
        assertFalse(request.markDelivered(Side.COMPANY, 1), "again: no change");
        assertTrue(request.markRead(Side.COMPANY, 99));
        assertEquals(2, request.readSeqOf(Side.COMPANY), "not beyond the last message");
        assertEquals(2, request.deliveredSeqOf(Side.COMPANY));
        assertFalse(request.markRead(Side.COMPANY, 1), "never back");
        assertEquals(2, request.readSeqOf(Side.COMPANY));
    }

    @Test
    void staff_change_the_status_but_only_the_consumer_closes_and_a_closed_request_takes_nothing() {
        assertFalse(request.changeStatus(Status.OPEN, LATER), "unchanged");
        assertThrows(Invalid.class, () -> request.changeStatus(Status.CLOSED, LATER));

        request.close(null, null, LATER);

        assertEquals(Status.CLOSED, request.status());
        assertEquals(LATER, request.closedAt());
        assertThrows(Conflict.class, () -> request.changeStatus(Status.OPEN, LATER));
        assertThrows(Conflict.class, () -> request.append(Side.CONSUMER, null, null, "c-1", "Hallo?", LATER));
        assertThrows(Conflict.class, () -> request.close(null, null, LATER));
    }

    @Test
    void a_rating_is_for_a_resolved_request_and_a_comment_comes_with_a_rating() {
        var notResolved = assertThrows(Conflict.class, () -> request.close((short) 5, null, LATER));
        assertEquals("not-resolved", notResolved.type());
        request.changeStatus(Status.RESOLVED, LATER);
        assertThrows(Invalid.class, () -> request.close(null, "Danke", LATER));
        assertEquals(Status.RESOLVED, request.status(), "refused: nothing changed");

        request.close((short) 5, "Schnell und freundlich", LATER);

        assertEquals((short) 5, request.rating());
        assertEquals("Schnell und freundlich", request.ratingComment());
    }

    @Test
    void assigning_the_same_agent_again_changes_nothing() {
        assertTrue(request.assign(7L, LATER));
        assertFalse(request.assign(7L, LATER));
        assertTrue(request.assign(null, LATER));
        assertNull(request.assignedAgentId());
    }

    @Test
    void the_consumer_waits_from_their_first_unanswered_message_until_the_company_answers() {
        request.append(Side.CONSUMER, null, null, "c-1", "Guten Tag", OPENED);
        request.append(Side.CONSUMER, null, null, "c-2", "Hallo?", LATER);
        assertEquals(OPENED, request.waitingSince(), "from the first message no one answered");

        request.append(Side.COMPANY, 7L, "Alex", "a-1", "Guten Tag", LATER.plusSeconds(60));
        assertNull(request.waitingSince());
        request.append(Side.CONSUMER, null, null, "c-3", "Danke, noch eins", LATER.plusSeconds(120));
        assertEquals(LATER.plusSeconds(120), request.waitingSince());
    }

    @Test
    void the_first_response_is_the_companys_first_message_and_missed_when_it_came_after_it_was_due() {
        var due = OPENED.plusSeconds(3600);
        var promised = new Conversation(1L, 2L, "r-2", "Zählerstand", due, OPENED);
        promised.append(Side.CONSUMER, null, null, "c-1", "Guten Tag", OPENED);
        assertFalse(promised.missedFirstResponse(due), "due, not yet missed");
        assertTrue(promised.missedFirstResponse(due.plusSeconds(1)), "no answer after it was due");

        promised.append(Side.COMPANY, 7L, "Alex", "a-1", "Guten Tag", due.plusSeconds(60));
        promised.append(Side.COMPANY, 7L, "Alex", "a-2", "Noch etwas", due.plusSeconds(120));
        assertEquals(due.plusSeconds(60), promised.firstResponseAt(), "the first answer, not a later one");
        assertTrue(promised.missedFirstResponse(due.plusSeconds(600)));

        var answered = new Conversation(1L, 2L, "r-3", "Zählerstand", due, OPENED);
        answered.append(Side.CONSUMER, null, null, "c-1", "Guten Tag", OPENED);
        answered.append(Side.COMPANY, 7L, "Alex", "a-1", "Guten Tag", due);
        assertFalse(answered.missedFirstResponse(due.plusSeconds(86_400)), "answered in time stays in time");

        request.append(Side.CONSUMER, null, null, "c-1", "Guten Tag", OPENED);
        assertFalse(request.missedFirstResponse(LATER.plusSeconds(86_400)), "nothing promised, nothing missed");
    }

    @Test
    void the_company_has_unread_messages_from_the_consumers_message_until_it_reads_up_to_the_last() {
        assertFalse(request.isUnreadByCompany());
        request.append(Side.CONSUMER, null, null, "c-1", "Guten Tag", OPENED);
        request.append(Side.CONSUMER, null, null, "c-2", "Hallo?", OPENED);
        assertTrue(request.isUnreadByCompany());
        request.markRead(Side.COMPANY, 1);
        assertTrue(request.isUnreadByCompany(), "one of two read");
        request.markRead(Side.COMPANY, 2);
        assertFalse(request.isUnreadByCompany());

        request.append(Side.CONSUMER, null, null, "c-3", "Noch eins", LATER);
        request.append(Side.COMPANY, 7L, "Alex", "a-1", "Gern", LATER);
        assertFalse(request.isUnreadByCompany(), "the company's answer: it has read what it answered");
        request.markRead(Side.CONSUMER, 4);
        assertFalse(request.isUnreadByCompany());
    }
}
