-- Consumers of the app, their registrations by SMS code, and their sessions (tokens kept only as hashes).

CREATE TABLE consumer (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    first_name    VARCHAR(100) NOT NULL,
    last_name     VARCHAR(100) NOT NULL,
    mobile_number VARCHAR(16),
    created_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT uk_consumer_mobile_number UNIQUE (mobile_number)
);

CREATE TABLE registration (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    first_name      VARCHAR(100) NOT NULL,
    last_name       VARCHAR(100) NOT NULL,
    mobile_number   VARCHAR(16)  NOT NULL,
    code_hash       VARCHAR(64)  NOT NULL,
    code_salt       VARCHAR(44)  NOT NULL,
    code_expires_at DATETIME(6)  NOT NULL,
    codes_sent      INT          NOT NULL,
    next_send_at    DATETIME(6)  NOT NULL,
    failed_attempts INT          NOT NULL,
    state           VARCHAR(16)  NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL
);
CREATE INDEX ix_registration_created ON registration (created_at);

-- Who asked for codes, kept for one hour to limit sends per number and per IP address
CREATE TABLE code_sent (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    mobile_number VARCHAR(16) NOT NULL,
    ip_address    VARCHAR(45) NOT NULL,
    sent_at       DATETIME(6) NOT NULL
);
CREATE INDEX ix_code_sent_number ON code_sent (mobile_number, sent_at);
CREATE INDEX ix_code_sent_ip ON code_sent (ip_address, sent_at);
CREATE INDEX ix_code_sent_at ON code_sent (sent_at);

CREATE TABLE consumer_session (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    consumer_id           BIGINT      NOT NULL,
    access_hash           VARCHAR(64) NOT NULL,
    access_expires_at     DATETIME(6) NOT NULL,
    refresh_hash          VARCHAR(64) NOT NULL,
    previous_refresh_hash VARCHAR(64),
    refresh_expires_at    DATETIME(6) NOT NULL,
    created_at            DATETIME(6) NOT NULL,
    ended_at              DATETIME(6),
    CONSTRAINT uk_consumer_session_access UNIQUE (access_hash),
    CONSTRAINT uk_consumer_session_refresh UNIQUE (refresh_hash),
    CONSTRAINT fk_consumer_session_consumer FOREIGN KEY (consumer_id) REFERENCES consumer (id) ON DELETE CASCADE
);
CREATE INDEX ix_consumer_session_previous ON consumer_session (previous_refresh_hash);
CREATE INDEX ix_consumer_session_consumer ON consumer_session (consumer_id);
