package de.anliegen.identity.entity;

import de.anliegen.platform.entity.StoredPicture;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A consumer's profile picture. */
@Entity
@Table(name = "consumer_picture")
public class ConsumerPicture extends StoredPicture {

    @Id
    @Column(name = "consumer_id")
    private Long consumerId;

    protected ConsumerPicture() {}

    public ConsumerPicture(Long consumerId) {
        this.consumerId = consumerId;
    }
}
