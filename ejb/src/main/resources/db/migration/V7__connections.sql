-- Connections between consumers and companies: made and ended, kept as history. "active" is 1 while the connection
-- lasts and NULL once it ended, so that the unique key allows one active connection per pair and any number of ended
-- ones (NULLs are distinct in unique keys on H2 and MariaDB).

CREATE TABLE company_connection (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    consumer_id  BIGINT      NOT NULL,
    company_id   BIGINT      NOT NULL,
    connected_at DATETIME(6) NOT NULL,
    ended_at     DATETIME(6),
    active       SMALLINT,
    CONSTRAINT uk_company_connection_active UNIQUE (consumer_id, company_id, active),
    CONSTRAINT fk_company_connection_consumer FOREIGN KEY (consumer_id) REFERENCES consumer (id) ON DELETE CASCADE,
    CONSTRAINT fk_company_connection_company FOREIGN KEY (company_id) REFERENCES company (id)
);
CREATE INDEX ix_company_connection_company ON company_connection (company_id, active);
CREATE INDEX ix_company_name ON company (name);
