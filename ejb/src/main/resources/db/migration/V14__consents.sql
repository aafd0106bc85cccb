-- Consents per purpose, as decided: one row per decision (given or withdrawn), with the version of the wording the
-- person saw, when, and through which channel. The newest row of a purpose is the consent now; older rows stay, so that
-- a withdrawal never erases that consent once existed. Erasing the consumer removes the link to them (consumer_id
-- becomes NULL): what remains says only that someone once decided so.
CREATE TABLE consent (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    consumer_id     BIGINT,
    purpose         VARCHAR(40) NOT NULL,
    granted         BOOLEAN     NOT NULL,
    wording_version VARCHAR(20) NOT NULL,
    channel         VARCHAR(20) NOT NULL,
    decided_at      DATETIME(6) NOT NULL,
    CONSTRAINT fk_consent_consumer FOREIGN KEY (consumer_id) REFERENCES consumer (id) ON DELETE SET NULL
);
CREATE INDEX ix_consent_consumer ON consent (consumer_id, purpose, id);
