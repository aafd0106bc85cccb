-- Restriction of processing (blocking): while set, the consumer's data stays stored, no agent opens it, and nothing
-- new is processed; the app shows that the account is restricted.
ALTER TABLE consumer ADD COLUMN restricted_at DATETIME(6);

-- Requests of data subjects, received in writing and answered by the data protection officer. One consumer per case;
-- the legal deadline is a month after receipt. When the consumer is erased the case stays as proof of what was done,
-- without the person: consumer_id becomes NULL and the free-text fields are emptied.
CREATE TABLE data_subject_case (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    consumer_id           BIGINT,
    kind                  VARCHAR(20)  NOT NULL,
    channel               VARCHAR(20)  NOT NULL,
    received_on           DATE         NOT NULL,
    due_on                DATE         NOT NULL,
    identity_checked      BOOLEAN      NOT NULL,
    identity_check_method VARCHAR(200),
    notes                 TEXT,
    status                VARCHAR(20)  NOT NULL,
    answer                TEXT,
    answered_on           DATE,
    erased_at             DATETIME(6),
    recorded_by           BIGINT       NOT NULL,
    recorded_at           DATETIME(6)  NOT NULL,
    CONSTRAINT fk_data_subject_case_consumer FOREIGN KEY (consumer_id) REFERENCES consumer (id) ON DELETE SET NULL,
    CONSTRAINT fk_data_subject_case_recorded_by FOREIGN KEY (recorded_by) REFERENCES staff_account (id)
);
CREATE INDEX ix_data_subject_case_status ON data_subject_case (status, due_on);
CREATE INDEX ix_data_subject_case_consumer ON data_subject_case (consumer_id);
