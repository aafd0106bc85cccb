package de.anliegen.conversation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One message of a conversation, numbered by {@code seq} within it; its text is stored exactly as sent. */
@Entity
@Table(name = "message")
@NamedQuery(name = Message.PAGE_AFTER, query = """
        select m from Message m where m.conversation.id = :conversation and m.seq > :after order by m.seq""")
@NamedQuery(name = Message.PAGE_BEFORE, query = """
        select m from Message m where m.conversation.id = :conversation and m.seq < :before order by m.seq desc""")
@NamedQuery(name = Message.BY_SEQ, query = """
        select m from Message m where m.conversation.id = :conversation and m.seq = :seq""")
@NamedQuery(name = Message.BY_CLIENT_ID, query = """
        select m from Message m where m.conversation.id = :conversation and m.clientMessageId = :clientMessageId""")
// the join compares "m.conversation.id + 0", not the column itself: given the column, MariaDB may look the messages up
// by their conversation alone (the first part of the unique key) and read every message of it to filter the client
// ids, and did whenever its statistics made that look cheap; the expression leaves it the two lists, one lookup of
// each pair on the whole key (ADR 24; SendStatementsIT counts the rows read)
@NamedQuery(name = Message.LOCK_WITH_EARLIER, query = """
        select c, m from Conversation c
        left join Message m on m.conversation.id + 0 = c.id
            and m.conversation.id in :conversations and m.clientMessageId in :clientMessageIds
        where c.id in :conversations
        order by c.id""")
@NamedQuery(name = Message.OF_CONVERSATIONS, query = """
        select m from Message m where m.conversation.id in :conversations and m.seq in :seqs""")
@NamedQuery(name = Message.COUNT_SINCE, query = """
        select count(m) from Message m where m.sentAt >= :since""")
public class Message {

    public static final String PAGE_AFTER = "Message.pageAfter";
    public static final String PAGE_BEFORE = "Message.pageBefore";
    public static final String BY_SEQ = "Message.bySeq";
    public static final String BY_CLIENT_ID = "Message.byClientId";
    public static final String LOCK_WITH_EARLIER = "Message.lockWithEarlier";
    public static final String OF_CONVERSATIONS = "Message.ofConversations";
    public static final String COUNT_SINCE = "Message.countSince";

    public static final int MOST_CHARACTERS = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conversation_id")
    private Conversation conversation;

    @Column(nullable = false)
    private long seq;

    @Column(name = "client_message_id", nullable = false, length = 64)
    private String clientMessageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Side author;

    @Column(name = "agent_id")
    private Long agentId;

    /** The agent's name as it was when they answered. */
    @Column(name = "agent_name", length = 200)
    private String agentName;

    /** TEXT in the schema (V8): 10,000 characters of four bytes each do not fit a MariaDB VARCHAR beside the rest. */
    @Column(nullable = false, columnDefinition = "text")
    private String body;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected Message() {}

    Message(
            Conversation conversation,
            long seq,
            String clientMessageId,
            Side author,
            Long agentId,
            String agentName,
            String body,
            Instant sentAt) {
        this.conversation = conversation;
        this.seq = seq;
        this.clientMessageId = clientMessageId;
        this.author = author;
        this.agentId = agentId;
        this.agentName = agentName;
        this.body = body;
        this.sentAt = sentAt;
    }

    public Long id() {
        return id;
    }

    public Conversation conversation() {
        return conversation;
    }

    public long seq() {
        return seq;
    }

    public String clientMessageId() {
        return clientMessageId;
    }

    public Side author() {
        return author;
    }

    public Long agentId() {
        return agentId;
    }

    public String agentName() {
        return agentName;
    }

    public String body() {
        return body;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
