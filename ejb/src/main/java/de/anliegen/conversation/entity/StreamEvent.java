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
 * That something changed in a conversation, numbered within the stream of the consumer or company it concerns, with
 * the JSON its sockets are sent: rendered once by the sequencer, so that a replay is one query.
 */
@Entity
@Table(name = "stream_event")
@NamedQuery(name = StreamEvent.AFTER, query = """
        select new de.anliegen.conversation.boundary.StreamMessage(e.streamKey, e.seq, e.json)
        from StreamEvent e where e.streamKey = :stream and e.seq > :after order by e.seq""")
@NamedQuery(name = StreamEvent.OLDEST_SEQ, query = """
        select min(e.seq) from StreamEvent e where e.streamKey = :stream""")
@NamedQuery(name = StreamEvent.SINCE_ID, query = """
        select e from StreamEvent e where e.id > :after order by e.id""")
@NamedQuery(name = StreamEvent.LAST_ID, query = """
        select max(e.id) from StreamEvent e""")
@NamedQuery(name = StreamEvent.DELETE_OF_CONSUMER, query = """
        delete from StreamEvent e
        where e.conversationId in (select c.id from Conversation c where c.consumerId = :consumer)""")
@NamedQuery(name = StreamEvent.DELETE_OF_CONSUMER_FOR_COMPANIES, query = """
        delete from StreamEvent e where e.streamKey like 'company:%'
        and e.conversationId in (select c.id from Conversation c where c.consumerId = :consumer)""")
@NamedQuery(name = StreamEvent.DELETE_OF_CONSUMER_FOR_COMPANY, query = """
        delete from StreamEvent e where e.streamKey = :stream
        and e.conversationId in (select c.id from Conversation c where c.consumerId = :consumer and c.companyId = :company)""")
@NamedQuery(name = StreamEvent.DELETE_BEFORE, query = """
        delete from StreamEvent e where e.createdAt < :before""")
public class StreamEvent {

    public static final String AFTER = "StreamEvent.after";
    public static final String OLDEST_SEQ = "StreamEvent.oldestSeq";
    public static final String SINCE_ID = "StreamEvent.sinceId";
    public static final String LAST_ID = "StreamEvent.lastId";
    public static final String DELETE_OF_CONSUMER = "StreamEvent.deleteOfConsumer";
    public static final String DELETE_OF_CONSUMER_FOR_COMPANIES = "StreamEvent.deleteOfConsumerForCompanies";
    public static final String DELETE_OF_CONSUMER_FOR_COMPANY = "StreamEvent.deleteOfConsumerForCompany";
    public static final String DELETE_BEFORE = "StreamEvent.deleteBefore";

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

    @Column(nullable = false, columnDefinition = "text")
    private String json;

    protected StreamEvent() {}

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

    public Long id() {
        return id;
    }

    public String json() {
        return json;
    }
}
