package de.anliegen.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Which node does a thing that one node of an installation may do at a time (number the streams' events, run the
 * nightly jobs), until when. Taking or renewing it is one conditional update of its row, which then stays locked
 * until the transaction ends: a node whose lease expired meanwhile cannot commit work after another node took over
 * (on H2, MariaDB and a Galera cluster alike; no database-specific lock function). A nightly job's row also says when
 * it last ran.
 */
@Entity
@Table(name = "lease")
@NamedQuery(name = Lease.TAKE, query = """
        update Lease l set l.holder = :node, l.expiresAt = :until
        where l.name = :name and (l.holder = :node or l.holder is null or l.expiresAt < :now)""")
@NamedQuery(name = Lease.RELEASE, query = """
        update Lease l set l.holder = null where l.name = :name and l.holder = :node""")
public class Lease {

    public static final String TAKE = "Lease.take";
    public static final String RELEASE = "Lease.release";
    public static final String NIGHTLY_JOBS = "nightly-jobs";

    @Id
    @Column(length = 40)
    private String name;

    @Column(length = 100)
    private String holder;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "done_at")
    private Instant doneAt;

    protected Lease() {}

    public Lease(String name, Instant doneAt) {
        this.name = name;
        this.expiresAt = Instant.EPOCH;
        this.doneAt = doneAt;
    }

    public String holder() {
        return holder;
    }

    public Instant doneAt() {
        return doneAt;
    }

    public void done(Instant at) {
        doneAt = at;
    }
}
