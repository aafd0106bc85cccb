-- Codes by SMS are limited per number over a day, per country and in all (the operator's budget): who asked for
-- codes is kept 24 hours instead of one, with the number's country. Rows from before get the country of their
-- number's prefix, as far as the budget needs it (they leave the 24 hours soon).
ALTER TABLE code_sent ADD COLUMN country VARCHAR(2) NOT NULL DEFAULT 'DE';
UPDATE code_sent SET country = 'AT' WHERE mobile_number LIKE '+43%';
UPDATE code_sent SET country = 'CH' WHERE mobile_number LIKE '+41%';
CREATE INDEX ix_code_sent_country ON code_sent (country, sent_at);

-- Wrong codes per number over all its registrations, kept 24 hours: too many lock the number
CREATE TABLE code_failure (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    mobile_number VARCHAR(16) NOT NULL,
    failed_at     DATETIME(6) NOT NULL
);
CREATE INDEX ix_code_failure_number ON code_failure (mobile_number, failed_at);
CREATE INDEX ix_code_failure_at ON code_failure (failed_at);
