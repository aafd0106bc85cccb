package de.anliegen.conversation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Which node numbers the streams' events, until when. Taking or renewing it is one conditional update of its row,
 * which then stays locked until the batch commits: a node whose lease expired meanwhile cannot commit a batch after
 * another node took over (on H2, MariaDB and a Galera cluster alike; no database-specific lock function).
 */
@Entity
@Table(name = "stream_lease")
@NamedQuery(name = StreamLease.TAKE, query = """
        update StreamLease l set l.holder = :node, l.expiresAt = :until
        where l.name = :name and (l.holder = :node or l.holder is null or l.expiresAt < :now)""")
@NamedQuery(name = StreamLease.RELEASE, query = """
        update StreamLease l set l.holder = null where l.name = :name and l.holder = :node""")
public class StreamLease {

    public static final String TAKE = "StreamLease.take";
    public static final String RELEASE = "StreamLease.release";
    public static final String SEQUENCER = "sequencer";

    @Id
    @Column(length = 40)
    private String name;

    @Column(length = 100)
    private String holder;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected StreamLease() {}
}
