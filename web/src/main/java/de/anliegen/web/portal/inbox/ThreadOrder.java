package de.anliegen.web.portal.inbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order of a thread: the messages as they are numbered, each internal note before the first message sent after
 * it. Not by time alone: the messages a send batch writes together share its instant, and two batches may take their
 * instants in the other order than they number their messages.
 */
final class ThreadOrder {

    private ThreadOrder() {}

    /** The messages in the order of their seqs, the notes in any order. */
    static List<ThreadEntry> interleaved(List<ThreadEntry> messages, List<ThreadEntry> notes) {
        var waiting = new ArrayList<>(notes);
        waiting.sort(Comparator.comparing(ThreadEntry::at));
        var out = new ArrayList<ThreadEntry>(messages.size() + notes.size());
        var next = 0;
        for (var message : messages) {
            while (next < waiting.size() && waiting.get(next).at().isBefore(message.at())) {
                out.add(waiting.get(next++));
            }
            out.add(message);
        }
        out.addAll(waiting.subList(next, waiting.size()));
        return out;
    }
}
