package de.anliegen.privacy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One decision of a consumer about one purpose: given or withdrawn, to which wording, when and how. Never changed. */
@Entity
@Table(name = "consent")
@NamedQuery(name = Consent.OF_CONSUMER, query = """
        select c from Consent c where c.consumerId = :consumer order by c.id""")
@NamedQuery(name = Consent.UNLINK, query = """
        update Consent c set c.consumerId = null where c.consumerId = :consumer""")
public class Consent {

    public static final String OF_CONSUMER = "Consent.ofConsumer";
    public static final String UNLINK = "Consent.unlink";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consumer_id")
    private Long consumerId;

    @Column(nullable = false, length = 40)
    private String purpose;

    @Column(nullable = false)
    private boolean granted;

    @Column(name = "wording_version", nullable = false, length = 20)
    private String wordingVersion;

    @Column(nullable = false, length = 20)
    private String channel;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected Consent() {}

    public Consent(
            long consumerId,
            String purpose,
            boolean granted,
            String wordingVersion,
            String channel,
            Instant decidedAt) {
        this.consumerId = consumerId;
        this.purpose = purpose;
        this.granted = granted;
        this.wordingVersion = wordingVersion;
        this.channel = channel;
        this.decidedAt = decidedAt;
    }

    public Long id() {
        return id;
    }

    public String purpose() {
        return purpose;
    }

    public boolean granted() {
        return granted;
    }

    public String wordingVersion() {
        return wordingVersion;
    }

    public String channel() {
        return channel;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
