-- One set of migrations for H2 (in MariaDB mode) and MariaDB. Times are UTC, microseconds.

CREATE TABLE company (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    handle        VARCHAR(60)  NOT NULL,
    name          VARCHAR(100) NOT NULL,
    description   VARCHAR(500),
    service_hours VARCHAR(200),
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uk_company_handle UNIQUE (handle)
);

CREATE TABLE staff_account (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    email         VARCHAR(320) NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    password_hash VARCHAR(300) NOT NULL,
    company_id    BIGINT,
    active        BOOLEAN      NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uk_staff_account_email UNIQUE (email),
    CONSTRAINT fk_staff_account_company FOREIGN KEY (company_id) REFERENCES company (id)
);

CREATE TABLE staff_account_role (
    staff_account_id BIGINT      NOT NULL,
    role             VARCHAR(40) NOT NULL,
    PRIMARY KEY (staff_account_id, role),
    CONSTRAINT fk_staff_account_role_account FOREIGN KEY (staff_account_id) REFERENCES staff_account (id)
        ON DELETE CASCADE
);

-- Dev mode only: what would have been sent by SMS or e-mail. Empty in production.
CREATE TABLE dev_outbox_message (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    channel    VARCHAR(16)    NOT NULL,
    recipient  VARCHAR(320)   NOT NULL,
    subject    VARCHAR(200),
    body       VARCHAR(10000) NOT NULL,
    created_at DATETIME(6)    NOT NULL
);
CREATE INDEX ix_dev_outbox_message_created ON dev_outbox_message (created_at);
