package de.anliegen.conversation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The bytes of an attachment, apart from its description. */
@Entity
@Table(name = "attachment_content")
public class AttachmentContent {

    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;

    /** The length only tells Hibernate the column type to expect: LONGBLOB on MariaDB (V8), BLOB on H2. */
    @Lob
    @Column(nullable = false, length = 20 * 1024 * 1024)
    private byte[] content;

    protected AttachmentContent() {}

    public AttachmentContent(Long attachmentId, byte[] content) {
        this.attachmentId = attachmentId;
        this.content = content;
    }

    public byte[] content() {
        return content;
    }
}
