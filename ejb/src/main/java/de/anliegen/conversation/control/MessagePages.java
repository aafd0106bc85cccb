package de.anliegen.conversation.control;

import de.anliegen.conversation.boundary.MessagePage;
import de.anliegen.conversation.boundary.MessageView;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where a page of a conversation's messages stands in it, from their seqs: a conversation's messages are numbered
 * from 1 without gaps, so the first seq of a page says whether earlier messages exist, and the conversation's last
 * seq whether later ones do.
 */
public final class MessagePages {

    private MessagePages() {}

    /** A page read after a cursor, in order; {@code more} the reader knows from the one row it read beyond the limit. */
    public static MessagePage after(List<MessageView> messages, long after, boolean more) {
        var next = messages.isEmpty() ? after : last(messages);
        return new MessagePage(messages, next, more, earlier(messages));
    }

    /**
     * A page read before a cursor, newest first as the index gives them, answered in order. With no message on it,
     * its {@code next} is where the messages before the cursor would have ended.
     */
    public static MessagePage before(List<MessageView> newestFirst, long before, long lastSeq) {
        var messages = new ArrayList<>(newestFirst);
        Collections.reverse(messages);
        var next = messages.isEmpty() ? Math.max(0, Math.min(before - 1, lastSeq)) : last(messages);
        return new MessagePage(List.copyOf(messages), next, lastSeq > next, earlier(messages));
    }

    private static Long earlier(List<MessageView> messages) {
        if (messages.isEmpty() || messages.get(0).seq() <= 1) {
            return null;
        }
        return messages.get(0).seq();
    }

    private static long last(List<MessageView> messages) {
        return messages.get(messages.size() - 1).seq();
    }
}
