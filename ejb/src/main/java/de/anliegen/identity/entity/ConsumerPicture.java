package de.anliegen.identity.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** A consumer's profile picture, as we re-encoded it: JPEG or PNG, no metadata. */
@Entity
@Table(name = "consumer_picture")
public class ConsumerPicture {

    @Id
    @Column(name = "consumer_id")
    private Long consumerId;

    @Column(name = "content_type", nullable = false, length = 20)
    private String contentType;

    /** The length only tells Hibernate the column type to expect: LONGBLOB on MariaDB (V6), BLOB on H2. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, length = 20 * 1024 * 1024)
    private byte[] image;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ConsumerPicture() {}

    public ConsumerPicture(Long consumerId) {
        this.consumerId = consumerId;
    }

    public void replace(String contentType, byte[] image, Instant now) {
        this.contentType = contentType;
        this.image = image.clone();
        this.updatedAt = now;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] image() {
        return image.clone();
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
