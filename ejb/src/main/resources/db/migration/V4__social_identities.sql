-- Social sign-in keys: the network's name and its id for the person, nothing else (never tokens or credentials).

CREATE TABLE social_identity (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    consumer_id BIGINT       NOT NULL,
    provider    VARCHAR(20)  NOT NULL,
    subject     VARCHAR(100) NOT NULL,
    linked_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uk_social_identity_key UNIQUE (provider, subject),
    CONSTRAINT uk_social_identity_consumer UNIQUE (consumer_id, provider),
    CONSTRAINT fk_social_identity_consumer FOREIGN KEY (consumer_id) REFERENCES consumer (id) ON DELETE CASCADE
);
