package de.anliegen.identity.entity;

import de.anliegen.platform.entity.StoredPicture;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A consumer's profile picture. */
@Entity
@Table(name = "consumer_picture")
@NamedQuery(name = ConsumerPicture.COUNT_OF_CONSUMER, query = """
        select count(p) from ConsumerPicture p where p.consumerId = :consumer""")
public class ConsumerPicture extends StoredPicture {

    public static final String COUNT_OF_CONSUMER = "ConsumerPicture.countOfConsumer";

    @Id
    @Column(name = "consumer_id")
    private Long consumerId;

    protected ConsumerPicture() {}

    public ConsumerPicture(Long consumerId) {
        this.consumerId = consumerId;
    }
}
