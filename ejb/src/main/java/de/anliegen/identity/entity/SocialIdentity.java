package de.anliegen.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * That a consumer signs in with a social network, kept as a key: the network's name and its id for the person.
 * Never the network's token or credentials.
 */
@Entity
@Table(name = "social_identity")
@NamedQuery(name = SocialIdentity.BY_KEY, query = """
        select s from SocialIdentity s where s.provider = :provider and s.subject = :subject""")
@NamedQuery(name = SocialIdentity.OF_CONSUMER, query = """
        select s from SocialIdentity s where s.consumerId = :consumer and s.provider = :provider""")
@NamedQuery(name = SocialIdentity.ALL_OF_CONSUMER, query = """
        select s from SocialIdentity s where s.consumerId = :consumer order by s.id""")
public class SocialIdentity {

    public static final String BY_KEY = "SocialIdentity.byKey";
    public static final String OF_CONSUMER = "SocialIdentity.ofConsumer";
    public static final String ALL_OF_CONSUMER = "SocialIdentity.allOfConsumer";
    public static final String FACEBOOK = "facebook";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consumer_id", nullable = false)
    private Long consumerId;

    @Column(nullable = false, length = 20)
    private String provider;

    @Column(nullable = false, length = 100)
    private String subject;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    protected SocialIdentity() {}

    public SocialIdentity(Long consumerId, String provider, String subject, Instant linkedAt) {
        this.consumerId = consumerId;
        this.provider = provider;
        this.subject = subject;
        this.linkedAt = linkedAt;
    }

    public Long consumerId() {
        return consumerId;
    }

    public String subject() {
        return subject;
    }

    public String provider() {
        return provider;
    }

    public Instant linkedAt() {
        return linkedAt;
    }
}
