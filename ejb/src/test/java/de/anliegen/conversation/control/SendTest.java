package de.anliegen.conversation.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.anliegen.conversation.boundary.AttachmentView;
import de.anliegen.conversation.boundary.MessageView;
import de.anliegen.identity.boundary.ConsumerId;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A retry of a send names the files of the message stored under its id; other files reuse the id. */
class SendTest {

    @Test
    void a_retry_names_the_same_files_in_any_order() {
        assertTrue(send(7L, 8L).namesTheFilesOf(stored(8, 7)));
        assertTrue(send(7L, 7L, 8L).namesTheFilesOf(stored(7, 8)), "a file named twice is sent once");
        assertTrue(send().namesTheFilesOf(stored()));
    }

    @Test
    void other_files_fewer_or_more_are_another_message() {
        assertFalse(send(7L).namesTheFilesOf(stored(8)));
        assertFalse(send().namesTheFilesOf(stored(7)));
        assertFalse(send(7L, 8L).namesTheFilesOf(stored(7)));
        assertFalse(send(7L, null).namesTheFilesOf(stored(7)));
    }

    private static Send send(Long... attachmentIds) {
        return new Send(
                Participant.consumer(new ConsumerId(1)),
                2,
                "client-message-1",
                "Zählerstand",
                Arrays.asList(attachmentIds));
    }

    private static MessageView stored(long... attachmentIds) {
        List<AttachmentView> files = Arrays.stream(attachmentIds)
                .mapToObj(id -> new AttachmentView(id, 2, "foto.jpg", "image/jpeg", 100))
                .toList();
        return new MessageView(
                3, 2, 1, "client-message-1", "consumer", null, "Zählerstand", files, Instant.EPOCH, false, false);
    }
}
