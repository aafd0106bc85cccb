package de.anliegen.conversation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A note agents of the company keep on a conversation for each other; the consumer never sees it. */
@Entity
@Table(name = "internal_note")
@NamedQuery(name = InternalNote.OF_CONVERSATION, query = """
        select n from InternalNote n where n.conversationId = :conversation order by n.id""")
public class InternalNote {

    public static final String OF_CONVERSATION = "InternalNote.ofConversation";

    public static final int MOST_CHARACTERS = 4_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conversation_id", nullable = false)
    private Long conversationId;

    @Column(name = "agent_id")
    private Long agentId;

    /** The agent's name as it was when they wrote the note. */
    @Column(name = "agent_name", nullable = false, length = 200)
    private String agentName;

    @Column(nullable = false, columnDefinition = "text")
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected InternalNote() {}

    public InternalNote(long conversationId, long agentId, String agentName, String body, Instant createdAt) {
        this.conversationId = conversationId;
        this.agentId = agentId;
        this.agentName = agentName;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public Long conversationId() {
        return conversationId;
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

    public Instant createdAt() {
        return createdAt;
    }
}
