package de.anliegen.conversation.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Who may see a file: a sent one both sides, an unsent upload only the side that uploaded it. */
class AttachmentTest {

    private static final long CONVERSATION = 7L;

    @Test
    void an_unsent_upload_is_only_its_uploaders() {
        var agents = upload(Side.COMPANY);
        assertTrue(agents.isVisibleTo(Side.COMPANY));
        assertFalse(agents.isVisibleTo(Side.CONSUMER), "an agent's unsent upload is not the consumer's");
        var consumers = upload(Side.CONSUMER);
        assertTrue(consumers.isVisibleTo(Side.CONSUMER));
        assertFalse(consumers.isVisibleTo(Side.COMPANY), "a consumer's unsent upload is not the company's");
    }

    @Test
    void a_sent_file_is_both_sides() {
        var sent = upload(Side.COMPANY);
        sent.sendWith(new Message() {
            @Override
            public Long id() {
                return 11L;
            }
        });
        assertTrue(sent.isVisibleTo(Side.CONSUMER));
        assertTrue(sent.isVisibleTo(Side.COMPANY));
    }

    private static Attachment upload(Side side) {
        return new Attachment(CONVERSATION, side, "invoice.pdf", "application/pdf", 1_024, "ab", Instant.EPOCH);
    }
}
