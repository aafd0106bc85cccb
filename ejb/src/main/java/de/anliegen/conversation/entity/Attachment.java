package de.anliegen.conversation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file in a conversation: uploaded first, then sent with a message by the side that uploaded it. Its bytes are in
 * {@link AttachmentContent}, so that listing messages never reads them.
 */
@Entity
@Table(name = "attachment")
@NamedQuery(name = Attachment.OF_MESSAGES, query = """
        select a from Attachment a where a.messageId in :messages order by a.id""")
@NamedQuery(name = Attachment.COUNT_WAITING, query = """
        select count(a) from Attachment a
        where a.conversationId = :conversation and a.uploadedBy = :side and a.messageId is null
        and a.uploadedAt > :since""")
@NamedQuery(name = Attachment.DELETE_UNSENT_BEFORE, query = """
        delete from Attachment a where a.messageId is null and a.uploadedAt < :before""")
@NamedQuery(name = Attachment.OF_CONVERSATION, query = """
        select a from Attachment a where a.conversationId = :conversation order by a.id""")
public class Attachment {

    public static final String OF_MESSAGES = "Attachment.ofMessages";
    public static final String COUNT_WAITING = "Attachment.countWaiting";
    public static final String DELETE_UNSENT_BEFORE = "Attachment.deleteUnsentBefore";
    public static final String OF_CONVERSATION = "Attachment.ofConversation";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conversation_id", nullable = false)
    private Long conversationId;

    @Column(name = "message_id")
    private Long messageId;

    @Enumerated(EnumType.STRING)
    @Column(name = "uploaded_by", nullable = false, length = 10)
    private Side uploadedBy;

    @Column(name = "file_name", nullable = false, length = 400)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected Attachment() {}

    public Attachment(
            Long conversationId,
            Side uploadedBy,
            String fileName,
            String contentType,
            long sizeBytes,
            String sha256,
            Instant uploadedAt) {
        this.conversationId = conversationId;
        this.uploadedBy = uploadedBy;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedAt = uploadedAt;
    }

    /** Whether this side may send it with a message in this conversation: its own upload, not sent yet. */
    public boolean canBeSentBy(Side side, Long conversation) {
        return messageId == null && uploadedBy == side && conversationId.equals(conversation);
    }

    /**
     * Whether this side may see it: every sent file, and an upload not sent yet only by the side that uploaded it
     * (an agent's unsent upload is not the consumer's, neither to download nor in their export).
     */
    public boolean isVisibleTo(Side side) {
        return messageId != null || uploadedBy == side;
    }

    public void sendWith(Message message) {
        this.messageId = message.id();
    }

    public Long id() {
        return id;
    }

    public Long conversationId() {
        return conversationId;
    }

    public Long messageId() {
        return messageId;
    }

    public Side uploadedBy() {
        return uploadedBy;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public String sha256() {
        return sha256;
    }
}
