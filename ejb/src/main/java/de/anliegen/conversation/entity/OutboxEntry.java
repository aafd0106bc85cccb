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
 * What a committed transaction changed in a conversation, waiting for the sequencer to number it in the streams of
 * the consumer and the company. The request that writes it locks nothing but its conversation.
 */
@Entity
@Table(name = OutboxEntry.TABLE)
@NamedQuery(name = OutboxEntry.OLDEST, query = """
        select o from OutboxEntry o order by o.id""")
@NamedQuery(name = OutboxEntry.DELETE, query = """
        delete from OutboxEntry o where o.id in :ids""")
public class OutboxEntry {

    public static final String TABLE = "stream_outbox";
    public static final String OLDEST = "OutboxEntry.oldest";
    public static final String DELETE = "OutboxEntry.delete";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20)
    private String kind;

    @Column(name = "conversation_id", nullable = false)
    private Long conversationId;

    /** The message's number, the note's id, or the marker's "up to"; null for a change of status. */
    @Column
    private Long subject;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OutboxEntry() {}

    public OutboxEntry(String kind, Long conversationId, Long subject, Instant createdAt) {
        this.kind = kind;
        this.conversationId = conversationId;
        this.subject = subject;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public Long conversationId() {
        return conversationId;
    }

    public Long subject() {
        return subject;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
