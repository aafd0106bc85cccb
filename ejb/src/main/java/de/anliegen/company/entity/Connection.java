package de.anliegen.company.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A consumer connected with a company: what allows the company to see the consumer's name, number and requests.
 * Ended connections stay as history, with when they were made and ended.
 */
@Entity
@Table(name = "company_connection")
@NamedQuery(name = Connection.COUNT_ACTIVE, query = """
        select count(c) from Connection c where c.endedAt is null""")
@NamedQuery(name = Connection.ACTIVE, query = """
        select c from Connection c where c.consumerId = :consumer and c.company.handle = :handle and c.active = 1""")
@NamedQuery(name = Connection.ACTIVE_BY_COMPANY_ID, query = """
        select c.id from Connection c where c.consumerId = :consumer and c.company.id = :company and c.active = 1""")
@NamedQuery(name = Connection.ACTIVE_SINCE, query = """
        select c.connectedAt from Connection c where c.consumerId = :consumer and c.company.id = :company and c.active = 1""")
@NamedQuery(name = Connection.ACTIVE_CONSUMERS_OF_COMPANY, query = """
        select c.consumerId from Connection c
        where c.company.id = :company and c.consumerId in :consumers and c.active = 1""")
@NamedQuery(name = Connection.WRITABLE_CONSUMERS_OF_COMPANY, query = """
        select c.consumerId from Connection c
        where c.company.id = :company and c.consumerId in :consumers and c.active = 1
            and c.company.suspendedAt is null""")
@NamedQuery(name = Connection.OF_CONSUMER, query = """
        select c from Connection c join fetch c.company where c.consumerId = :consumer
        and (c.active = 1 or :all = true) order by c.connectedAt desc, c.id desc""")
public class Connection {

    public static final String ACTIVE = "Connection.active";
    public static final String COUNT_ACTIVE = "Connection.countActive";
    public static final String ACTIVE_BY_COMPANY_ID = "Connection.activeByCompanyId";
    public static final String ACTIVE_SINCE = "Connection.activeSince";
    public static final String ACTIVE_CONSUMERS_OF_COMPANY = "Connection.activeConsumersOfCompany";
    public static final String WRITABLE_CONSUMERS_OF_COMPANY = "Connection.writableConsumersOfCompany";
    public static final String OF_CONSUMER = "Connection.ofConsumer";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The consumer, by id: consumers belong to the identity component. */
    @Column(name = "consumer_id", nullable = false)
    private Long consumerId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id")
    private Company company;

    @Column(name = "connected_at", nullable = false)
    private Instant connectedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    /** 1 while active, NULL once ended: see V7__connections.sql. */
    @Column
    private Short active;

    protected Connection() {}

    public Connection(Long consumerId, Company company, Instant connectedAt) {
        this.consumerId = consumerId;
        this.company = company;
        this.connectedAt = connectedAt;
        this.active = 1;
    }

    public void end(Instant now) {
        endedAt = now;
        active = null;
    }

    public Long consumerId() {
        return consumerId;
    }

    public Company company() {
        return company;
    }

    public Instant connectedAt() {
        return connectedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }
}
