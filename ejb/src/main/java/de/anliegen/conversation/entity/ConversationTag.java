package de.anliegen.conversation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A tag the company's agents gave a request (lower case, see {@code Tags}); the consumer never sees it. */
@Entity
@Table(name = "conversation_tag")
@IdClass(ConversationTag.Key.class)
@NamedQuery(name = ConversationTag.OF_CONVERSATIONS, query = """
        select t from ConversationTag t where t.conversationId in :conversations order by t.conversationId, t.tag""")
@NamedQuery(name = ConversationTag.OF_COMPANY, query = """
        select distinct t.tag from ConversationTag t where t.companyId = :company order by t.tag""")
public class ConversationTag {

    public static final String OF_CONVERSATIONS = "ConversationTag.ofConversations";
    public static final String OF_COMPANY = "ConversationTag.ofCompany";

    @Id
    @Column(name = "conversation_id")
    private Long conversationId;

    @Id
    @Column(length = 60)
    private String tag;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    protected ConversationTag() {}

    public ConversationTag(Conversation conversation, String tag) {
        this.conversationId = conversation.id();
        this.companyId = conversation.companyId();
        this.tag = tag;
    }

    public Long conversationId() {
        return conversationId;
    }

    public String tag() {
        return tag;
    }

    /** The key of a tag: its request and its text. */
    public record Key(Long conversationId, String tag) implements Serializable {}
}
