package de.anliegen.platform.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/** A picture as we re-encoded it (JPEG or PNG, no metadata), in a table of its own so that its owner loads without it. */
@MappedSuperclass
public abstract class StoredPicture {

    @Column(name = "content_type", nullable = false, length = 20)
    private String contentType;

    /** The length only tells Hibernate the column type to expect: LONGBLOB on MariaDB, BLOB on H2. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, length = 20 * 1024 * 1024)
    private byte[] image;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

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
