-- Optional e-mail address (only ever a confirmed one) and password of consumers; failed sign-ins for the limits;
-- single-use links sent by e-mail (address confirmation, password reset), kept as hashes.

ALTER TABLE consumer ADD COLUMN email VARCHAR(320);
ALTER TABLE consumer ADD COLUMN password_hash VARCHAR(300);
ALTER TABLE consumer ADD CONSTRAINT uk_consumer_email UNIQUE (email);

CREATE TABLE sign_in_failure (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    login      VARCHAR(320) NOT NULL,
    ip_address VARCHAR(45)  NOT NULL,
    failed_at  DATETIME(6)  NOT NULL
);
CREATE INDEX ix_sign_in_failure_login ON sign_in_failure (login, failed_at);
CREATE INDEX ix_sign_in_failure_ip ON sign_in_failure (ip_address, failed_at);
CREATE INDEX ix_sign_in_failure_at ON sign_in_failure (failed_at);

CREATE TABLE consumer_mail_link (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    consumer_id BIGINT       NOT NULL,
    purpose     VARCHAR(20)  NOT NULL,
    token_hash  VARCHAR(64)  NOT NULL,
    email       VARCHAR(320) NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    used_at     DATETIME(6),
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uk_consumer_mail_link_token UNIQUE (token_hash),
    CONSTRAINT fk_consumer_mail_link_consumer FOREIGN KEY (consumer_id) REFERENCES consumer (id) ON DELETE CASCADE
);
CREATE INDEX ix_consumer_mail_link_consumer ON consumer_mail_link (consumer_id, purpose);
