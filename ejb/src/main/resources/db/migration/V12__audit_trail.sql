-- The audit trail: every staff access to a consumer's personal data, every change of consent and every action of
-- the data protection officer, append-only. Each entry's hash covers its content and the previous entry's hash, so
-- that a changed, removed or reordered entry breaks the chain. The personal part of an entry (for example the old and
-- new value of a rectification) lies in `detail`, covered through `detail_hash`: erasing a consumer empties the
-- detail of the entries about them and the chain still verifies.
CREATE TABLE audit_event (
    seq           BIGINT       PRIMARY KEY,
    occurred_at   DATETIME(6)  NOT NULL,
    actor         VARCHAR(64)  NOT NULL,
    action        VARCHAR(64)  NOT NULL,
    purpose       VARCHAR(64)  NOT NULL,
    consumer_id   BIGINT,
    object_ref    VARCHAR(100),
    case_id       BIGINT,
    detail        TEXT,
    detail_hash   VARCHAR(64),
    previous_hash VARCHAR(64)  NOT NULL,
    hash          VARCHAR(64)  NOT NULL
);
CREATE INDEX ix_audit_event_consumer ON audit_event (consumer_id, seq);
CREATE INDEX ix_audit_event_access ON audit_event (actor, object_ref, occurred_at);

-- The end of the chain: one row, locked by each append, so that entries are numbered without gaps and the removal
-- of the newest entries shows too.
CREATE TABLE audit_head (
    id        INT         PRIMARY KEY,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
