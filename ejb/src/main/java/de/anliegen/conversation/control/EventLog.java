package de.anliegen.conversation.control;

import de.anliegen.conversation.boundary.MessageView;
import de.anliegen.conversation.boundary.NoteView;
import de.anliegen.conversation.boundary.StreamMessage;
import de.anliegen.conversation.entity.Conversation;
import de.anliegen.conversation.entity.InternalNote;
import de.anliegen.conversation.entity.Message;
import de.anliegen.conversation.entity.Side;
import de.anliegen.conversation.entity.StreamEvent;
import de.anliegen.conversation.entity.StreamPosition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Records changes of a conversation as events in the streams of its consumer and its company, and renders events
 * for the sockets. Numbers are taken under a lock on the stream's position row, always company before consumer,
 * after the conversation's own lock: the same order everywhere, so no two transactions wait for each other in a
 * circle.
 */
@ApplicationScoped
public class EventLog {

    public static final String MESSAGE = "message";
    public static final String STATUS = "status";
    public static final String READ = "read";
    public static final String DELIVERED = "delivered";
    public static final String NOTE = "note";

    // the order in which the two streams of a conversation are locked
    private static final List<Side> LOCK_ORDER = List.of(Side.COMPANY, Side.CONSUMER);

    @Inject
    ConversationViews views;

    @Inject
    StreamPositions positions;

    /** Locks both streams of a conversation between these two, before anything else is read or written. */
    public void lock(EntityManager em, long consumerId, long companyId) {
        position(em, Streams.ofCompany(companyId));
        position(em, Streams.ofConsumer(consumerId));
    }

    /** A new message (as both sides see it): an event in both streams. */
    public List<StreamMessage> message(EntityManager em, Conversation conversation, MessageView message, Instant now) {
        var out = new ArrayList<StreamMessage>();
        for (var side : LOCK_ORDER) {
            var event = append(em, conversation, side, MESSAGE, message.seq(), now);
            out.add(render(event, conversation, side, message));
        }
        return out;
    }

    /** Status, assignment or rating changed: an event in both streams. */
    public List<StreamMessage> status(EntityManager em, Conversation conversation, Instant now) {
        return both(em, conversation, STATUS, null, now);
    }

    /** The side received or read messages up to a number: an event in both streams, for the other side's ticks. */
    public List<StreamMessage> marker(
            EntityManager em, Conversation conversation, String marker, Side by, long upTo, Instant now) {
        return both(em, conversation, marker + ":" + by.name().toLowerCase(Locale.ROOT), upTo, now);
    }

    /**
     * An internal note: an event in the company's stream only (the consumer never learns of it). The event keeps the
     * note's id where a message event keeps the message's number.
     */
    public StreamMessage note(EntityManager em, Conversation conversation, NoteView note, Instant now) {
        return render(append(em, conversation, Side.COMPANY, NOTE, note.id(), now), conversation, Side.COMPANY, note);
    }

    /** The events of a stream after a number, at most {@code limit}, rendered as they are now. */
    public List<StreamMessage> after(EntityManager em, String streamKey, long after, int limit) {
        var side = Streams.isConsumer(streamKey) ? Side.CONSUMER : Side.COMPANY;
        return em.createNamedQuery(StreamEvent.AFTER, StreamEvent.class)
                .setParameter("stream", streamKey)
                .setParameter("after", after)
                .setMaxResults(limit)
                .getResultStream()
                .map(event -> {
                    var conversation = em.find(Conversation.class, event.conversationId());
                    return render(event, conversation, side, subject(em, event));
                })
                .toList();
    }

    /** The number of the latest event of a stream (0 when there is none yet). */
    public long lastSeq(EntityManager em, String streamKey) {
        var found = em.find(StreamPosition.class, streamKey);
        return found == null ? 0 : found.lastSeq();
    }

    /** What a message or note event is about, as it is now; null for the other kinds. */
    private Object subject(EntityManager em, StreamEvent event) {
        if (event.kind().equals(MESSAGE)) {
            return views.of(
                    em,
                    em.createNamedQuery(Message.BY_SEQ, Message.class)
                            .setParameter("conversation", event.conversationId())
                            .setParameter("seq", event.messageSeq())
                            .getSingleResult());
        }
        if (event.kind().equals(NOTE)) {
            return NoteView.of(em.find(InternalNote.class, event.messageSeq()));
        }
        return null;
    }

    private List<StreamMessage> both(
            EntityManager em, Conversation conversation, String kind, Long messageSeq, Instant now) {
        var out = new ArrayList<StreamMessage>();
        for (var side : LOCK_ORDER) {
            out.add(render(append(em, conversation, side, kind, messageSeq, now), conversation, side, null));
        }
        return out;
    }

    private StreamEvent append(
            EntityManager em, Conversation conversation, Side side, String kind, Long messageSeq, Instant now) {
        var key = side == Side.CONSUMER
                ? Streams.ofConsumer(conversation.consumerId())
                : Streams.ofCompany(conversation.companyId());
        var event = new StreamEvent(key, position(em, key).next(), kind, conversation.id(), messageSeq, now);
        em.persist(event);
        return event;
    }

    private StreamMessage render(StreamEvent event, Conversation conversation, Side side, Object subject) {
        String json;
        if (event.kind().equals(MESSAGE)) {
            json = EventJson.of(event.seq(), MESSAGE, "conversation", views.of(conversation, side), "message", subject);
        } else if (event.kind().equals(NOTE)) {
            json = EventJson.of(event.seq(), NOTE, "conversationId", conversation.id(), "note", subject);
        } else if (event.kind().equals(STATUS)) {
            json = EventJson.of(event.seq(), STATUS, "conversation", views.of(conversation, side));
        } else {
            var parts = event.kind().split(":");
            json = EventJson.of(
                    event.seq(),
                    parts[0],
                    "conversationId",
                    conversation.id(),
                    "side",
                    parts[1],
                    "upTo",
                    event.messageSeq());
        }
        return new StreamMessage(event.streamKey(), event.seq(), json);
    }

    /** The stream's position row, locked; created first, committed on its own, if there is none yet. */
    private StreamPosition position(EntityManager em, String key) {
        // asked without loading the row: loaded unlocked, a later lock would not read it afresh
        var exists = em.createNamedQuery(StreamPosition.EXISTS, Long.class)
                        .setParameter("stream", key)
                        .getSingleResult()
                > 0;
        if (!exists) {
            positions.create(key);
        }
        return em.find(StreamPosition.class, key, LockModeType.PESSIMISTIC_WRITE);
    }
}
