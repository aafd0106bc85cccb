package de.anliegen.conversation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A server node that serves sockets, and when it last said it is alive: its sockets count while it does. */
@Entity
@Table(name = "stream_node")
public class StreamNode {

    @Id
    @Column(length = 100)
    private String node;

    @Column(name = "seen_at", nullable = false)
    private Instant seenAt;

    protected StreamNode() {}

    public StreamNode(String node, Instant seenAt) {
        this.node = node;
        this.seenAt = seenAt;
    }

    public void seen(Instant now) {
        seenAt = now;
    }
}
