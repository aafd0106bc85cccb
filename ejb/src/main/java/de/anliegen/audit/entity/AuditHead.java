package de.anliegen.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The newest entry of the audit trail: locked by every append, so entries follow each other without gaps. */
@Entity
@Table(name = "audit_head")
public class AuditHead {

    public static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditHead() {}

    public long lastSeq() {
        return lastSeq;
    }

    public String lastHash() {
        return lastHash;
    }

    public void advance(long seq, String hash) {
        this.lastSeq = seq;
        this.lastHash = hash;
    }
}
