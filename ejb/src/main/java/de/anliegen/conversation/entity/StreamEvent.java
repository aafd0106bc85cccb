package de.anliegen.conversation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * That something changed in a conversation, numbered within the stream of the consumer or company it concerns. It
 * names the change only: what is sent is read from the conversation when it is sent.
 */
@Entity
@Table(name = "stream_event")
@NamedQuery(name = StreamEvent.AFTER, query = """
        select e from StreamEvent e where e.streamKey = :stream and e.seq > :after order by e.seq""")
public class StreamEvent {

    public static final String AFTER = "StreamEvent.after";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "stream_key", nullable = false, length = 40)
    private String streamKey;

    @Column(nullable = false)
    private long seq;

    @Column(nullable = false, length = 20)
    private String kind;

    @Column(name = "conversation_id", nullable = false)
    private Long conversationId;

    /** The message's number for a message event, the note's id for a note event. */
    @Column(name = "message_seq")
    private Long messageSeq;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StreamEvent() {}

    public StreamEvent(
            String streamKey, long seq, String kind, Long conversationId, Long messageSeq, Instant createdAt) {
        this.streamKey = streamKey;
        this.seq = seq;
        this.kind = kind;
        this.conversationId = conversationId;
        this.messageSeq = messageSeq;
        this.createdAt = createdAt;
    }

    public String streamKey() {
        return streamKey;
    }

    public long seq() {
        return seq;
    }

    public String kind() {
        return kind;
    }

    public Long conversationId() {
        return conversationId;
    }

    public Long messageSeq() {
        return messageSeq;
    }
}
