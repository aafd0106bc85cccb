package de.anliegen.conversation.control;

import de.anliegen.conversation.entity.EventKind;
import de.anliegen.conversation.entity.Side;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers a batch of changes in the streams they concern, densely and in the order they are given (the order their
 * transactions committed), going on from each stream's stored position. A note concerns the company's stream only;
 * every other change both, but for a consumer's own markers while their data are restricted.
 */
public final class Numbering {

    private final Map<String, Long> last;
    private final Map<String, Long> stored;

    /** Starts from the stored positions; a stream without one starts at 0. */
    public Numbering(Map<String, Long> stored) {
        this.stored = Map.copyOf(stored);
        this.last = new HashMap<>(stored);
    }

    /**
     * The streams that hear of an outbox entry, its kind as the outbox keeps it. While the processing of a consumer's
     * data is restricted, the markers of what they received and read stay in their own stream: the company learns
     * nothing of what a restricted person does.
     */
    public static List<String> streamsOf(
            String storedKind, long consumerId, long companyId, boolean consumerRestricted) {
        var kind = EventKind.of(storedKind);
        if (consumerRestricted && kind.isMarker() && EventKind.sideOf(storedKind) == Side.CONSUMER) {
            return List.of(Streams.ofConsumer(consumerId));
        }
        return streamsOf(kind, consumerId, companyId);
    }

    public static List<String> streamsOf(EventKind kind, long consumerId, long companyId) {
        if (kind.isCompanyOnly()) {
            return List.of(Streams.ofCompany(companyId));
        }
        return List.of(Streams.ofCompany(companyId), Streams.ofConsumer(consumerId));
    }

    /** The next number of the stream. */
    public long next(String streamKey) {
        return last.merge(streamKey, 1L, Long::sum);
    }

    /** The streams whose position moved, with their new last number. */
    public Map<String, Long> moved() {
        var moved = new HashMap<String, Long>();
        last.forEach((key, seq) -> {
            if (!seq.equals(stored.get(key))) {
                moved.put(key, seq);
            }
        });
        return moved;
    }

    /** Whether the stream had a stored position, or needs a new row. */
    public boolean isStored(String streamKey) {
        return stored.containsKey(streamKey);
    }
}
