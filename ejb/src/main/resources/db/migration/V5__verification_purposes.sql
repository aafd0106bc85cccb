-- A code by SMS also confirms a new mobile number, or the consumer's identity before a deletion: such a
-- verification belongs to a consumer.

ALTER TABLE registration ADD COLUMN purpose VARCHAR(20) DEFAULT 'SIGN_IN' NOT NULL;
ALTER TABLE registration ADD COLUMN consumer_id BIGINT;
ALTER TABLE registration ADD CONSTRAINT fk_registration_consumer FOREIGN KEY (consumer_id) REFERENCES consumer (id)
    ON DELETE CASCADE;
