package de.anliegen.platform.entity;

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

/** A message the product would have sent, kept in dev mode instead of leaving the machine. */
@Entity
@Table(name = "dev_outbox_message")
@NamedQuery(name = OutboxMessage.NEWEST_FIRST, query = """
        select m from OutboxMessage m order by m.createdAt desc, m.id desc""")
@NamedQuery(name = OutboxMessage.FORGET_RECIPIENTS, query = """
        delete from OutboxMessage m where m.recipient in :recipients""")
public class OutboxMessage {

    public static final String NEWEST_FIRST = "OutboxMessage.newestFirst";
    public static final String FORGET_RECIPIENTS = "OutboxMessage.forgetRecipients";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Channel channel;

    @Column(nullable = false, length = 320)
    private String recipient;

    @Column(length = 200)
    private String subject;

    @Column(nullable = false, length = 10000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OutboxMessage() {}

    public OutboxMessage(Channel channel, String recipient, String subject, String body, Instant createdAt) {
        this.channel = channel;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public Channel channel() {
        return channel;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public enum Channel {
        SMS,
        EMAIL,
        PUSH
    }
}
