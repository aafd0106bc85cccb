-- The usage log the privacy notice names: one row per request of a signed-in person (app or portal), for quality
-- assurance only. IP addresses are shortened after a few days (IPv4 to /24, IPv6 to /48) and rows deleted after a few
-- months (settings ANLIEGEN_USAGE_*); the retention job's runs are in the audit trail. A consumer's rows go with
-- their profile. No conversation key: the log outlives a conversation deleted meanwhile.
CREATE TABLE usage_record (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at      DATETIME(6)  NOT NULL,
    consumer_id      BIGINT,
    staff_account_id BIGINT,
    ip_address       VARCHAR(45)  NOT NULL,
    ip_shortened     BOOLEAN      NOT NULL,
    location         VARCHAR(100) NOT NULL,
    browser          VARCHAR(100) NOT NULL,
    operating_system VARCHAR(100) NOT NULL,
    device           VARCHAR(100) NOT NULL,
    method           VARCHAR(10)  NOT NULL,
    endpoint         VARCHAR(200) NOT NULL,
    status           INT          NOT NULL,
    conversation_id  BIGINT,
    CONSTRAINT fk_usage_record_consumer FOREIGN KEY (consumer_id) REFERENCES consumer (id) ON DELETE CASCADE,
    CONSTRAINT fk_usage_record_staff FOREIGN KEY (staff_account_id) REFERENCES staff_account (id) ON DELETE CASCADE
);
CREATE INDEX ix_usage_record_occurred ON usage_record (occurred_at);
CREATE INDEX ix_usage_record_consumer ON usage_record (consumer_id, occurred_at);
CREATE INDEX ix_usage_record_staff ON usage_record (staff_account_id, occurred_at);
CREATE INDEX ix_usage_record_unshortened ON usage_record (ip_shortened, occurred_at);
