package de.anliegen.conversation.control;

import de.anliegen.conversation.boundary.StreamMessage;
import de.anliegen.conversation.entity.Conversation;
import de.anliegen.conversation.entity.EventKind;
import de.anliegen.conversation.entity.Message;
import de.anliegen.conversation.entity.OutboxEntry;
import de.anliegen.conversation.entity.Side;
import de.anliegen.conversation.entity.StreamEvent;
import de.anliegen.conversation.entity.StreamPosition;
import de.anliegen.platform.database.RowInserts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/**
 * Records changes of a conversation for the streams of its consumer and its company, and reads the streams back. A
 * change is one row in the outbox, written in the request's transaction, which locks nothing but the conversation;
 * the {@link Sequencer} numbers it in the streams once the transaction has committed (ADR 0005).
 */
@ApplicationScoped
public class EventLog {

    private static final List<String> OUTBOX_COLUMNS = List.of("kind", "conversation_id", "subject", "created_at");

    @Inject
    Event<Outboxed> outboxed;

    /** A new message, by its number: an event in both streams. */
    public void message(EntityManager em, Conversation conversation, long seq, Instant now) {
        record(em, EventKind.MESSAGE.stored(null), conversation, seq, now);
    }

    /**
     * New messages, each an event in both streams: one statement for all of them, the outbox's rows in the order of
     * the messages.
     */
    public void messages(EntityManager em, List<Message> messages) {
        if (messages.isEmpty()) {
            return;
        }
        RowInserts.into(
                em,
                OutboxEntry.TABLE,
                OUTBOX_COLUMNS,
                messages.stream()
                        .map(message -> new Object[] {
                            EventKind.MESSAGE.stored(null),
                            message.conversation().id(),
                            message.seq(),
                            message.sentAt()
                        })
                        .toList());
        outboxed.fire(new Outboxed());
    }

    /** Status, assignment or rating changed: an event in both streams. */
    public void status(EntityManager em, Conversation conversation, Instant now) {
        record(em, EventKind.STATUS.stored(null), conversation, null, now);
    }

    /** Priority or tags changed: an event in the company's stream only (the consumer never learns of them). */
    public void labels(EntityManager em, Conversation conversation, Instant now) {
        record(em, EventKind.LABELS.stored(null), conversation, null, now);
    }

    /** The side received or read messages up to a number: an event in both streams, for the other side's ticks. */
    public void marker(EntityManager em, Conversation conversation, EventKind marker, Side by, long upTo, Instant now) {
        record(em, marker.stored(by), conversation, upTo, now);
    }

    /** An internal note, by its id: an event in the company's stream only (the consumer never learns of it). */
    public void note(EntityManager em, Conversation conversation, long noteId, Instant now) {
        record(em, EventKind.NOTE.stored(null), conversation, noteId, now);
    }

    /** The events of a stream after a number, at most {@code limit}, as they were sent. */
    public List<StreamMessage> after(EntityManager em, String streamKey, long after, int limit) {
        return em.createNamedQuery(StreamEvent.AFTER, StreamMessage.class)
                .setParameter("stream", streamKey)
                .setParameter("after", after)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The number of the latest event of a stream (0 when there is none yet). */
    public long lastSeq(EntityManager em, String streamKey) {
        var found = em.find(StreamPosition.class, streamKey);
        return found == null ? 0 : found.lastSeq();
    }

    /**
     * The number of the oldest event a stream still keeps; past its last number when retention removed them all, so
     * that a cursor before it is known to have missed events.
     */
    public long oldestKept(EntityManager em, String streamKey) {
        var oldest = em.createNamedQuery(StreamEvent.OLDEST_SEQ, Long.class)
                .setParameter("stream", streamKey)
                .getSingleResult();
        return oldest != null ? oldest : lastSeq(em, streamKey) + 1;
    }

    private void record(EntityManager em, String kind, Conversation conversation, Long subject, Instant now) {
        em.persist(new OutboxEntry(kind, conversation.id(), subject, now));
        outboxed.fire(new Outboxed());
    }

    /** That a transaction wrote to the outbox: once it commits, the sequencer of this node is woken. */
    public record Outboxed() {}
}
