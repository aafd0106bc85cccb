-- The conversation engine without a lock on the streams (ADR 0005, second version). A request's transaction writes
-- what changed into stream_outbox and holds no lock but its conversation's; one sequencer at a time (the holder of
-- the lease below) turns committed outbox rows into the streams' numbered events, rendered once as the JSON the
-- sockets send.
CREATE TABLE stream_outbox (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind            VARCHAR(20) NOT NULL,
    conversation_id BIGINT      NOT NULL,
    -- the message's number, the note's id, or the marker's "up to"
    subject         BIGINT,
    created_at      DATETIME(6) NOT NULL
);

-- Who numbers the events, until when: a node renews its lease in every batch and another takes over once it has
-- expired. The row is locked by each batch, so a node whose lease ran out cannot commit a batch after the takeover.
CREATE TABLE stream_lease (
    name       VARCHAR(40)  NOT NULL PRIMARY KEY,
    holder     VARCHAR(100),
    expires_at DATETIME(6)  NOT NULL
);
INSERT INTO stream_lease (name, holder, expires_at) VALUES ('sequencer', NULL, '1970-01-01 00:00:00');

-- Events keep the JSON they were sent with, so that a replay is one query. The events recorded before this version
-- named their change only; they are dropped, and an app whose cursor points before the oldest kept event reloads.
DELETE FROM stream_event;
ALTER TABLE stream_event ADD COLUMN json TEXT NOT NULL;
