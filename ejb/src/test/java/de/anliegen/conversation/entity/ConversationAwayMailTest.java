package de.anliegen.conversation.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When the agent a request is assigned to is mailed that a consumer's message waits (while no one is in). */
class ConversationAwayMailTest {

    private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");
    private static final long AGENT = 7;

    private final Conversation request = new Conversation(1L, 2L, "r-1", "Zählerstand", null, NOW);

    @Test
    void an_assigned_request_with_an_unread_message_of_the_consumer_awaits_one_mail() {
        consumerWrites();
        request.assign(AGENT, NOW);

        assertTrue(request.awaitsAwayMail());
        request.awayMailed();
        assertFalse(request.awaitsAwayMail(), "one mail");
        consumerWrites();
        assertFalse(request.awaitsAwayMail(), "not another one for more messages nobody has read");
    }

    @Test
    void once_the_company_has_read_it_a_new_message_awaits_a_mail_again() {
        consumerWrites();
        request.assign(AGENT, NOW);
        request.awayMailed();

        request.markRead(Side.COMPANY, request.lastSeq());
        assertFalse(request.awaitsAwayMail(), "read: nothing waits unseen");
        consumerWrites();
        assertTrue(request.awaitsAwayMail());
    }

    @Test
    void an_answered_unassigned_or_already_read_request_awaits_none() {
        consumerWrites();
        assertFalse(request.awaitsAwayMail(), "no one to mail");

        request.assign(AGENT, NOW);
        request.append(Side.COMPANY, AGENT, "Alex", "a-1", "Wir kümmern uns.", NOW);
        assertFalse(request.awaitsAwayMail(), "answered");

        consumerWrites();
        request.markRead(Side.COMPANY, request.lastSeq());
        assertFalse(request.awaitsAwayMail(), "read");
    }

    @Test
    void a_mail_that_could_not_go_out_is_awaited_again_unless_another_went_out_meanwhile() {
        consumerWrites();
        request.assign(AGENT, NOW);
        var before = request.awayMailed();
        request.awayMailFailed(before, request.lastSeq());
        assertTrue(request.awaitsAwayMail());

        var first = request.awayMailed();
        var firstMailed = request.lastSeq();
        request.markRead(Side.COMPANY, request.lastSeq());
        consumerWrites();
        request.awayMailed();
        request.awayMailFailed(first, firstMailed);
        assertFalse(request.awaitsAwayMail(), "the later mail stands");
    }

    private void consumerWrites() {
        request.append(Side.CONSUMER, null, null, "c-" + request.lastSeq(), "Hallo?", NOW);
    }
}
