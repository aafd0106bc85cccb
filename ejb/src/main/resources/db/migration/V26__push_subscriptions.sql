-- Web Push (issue 23): the devices where a consumer switched notifications on, each tied to the sign-in that made it,
-- and the notifications waiting to be sent to them (a queue that survives a restart).
CREATE TABLE push_subscription (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    consumer_id BIGINT        NOT NULL,
    session_id  BIGINT        NOT NULL,
    endpoint    VARCHAR(2048) NOT NULL,
    p256dh      VARCHAR(100)  NOT NULL,
    auth        VARCHAR(32)   NOT NULL,
    previews    BOOLEAN       NOT NULL,
    language    VARCHAR(2)    NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_push_subscription_consumer FOREIGN KEY (consumer_id) REFERENCES consumer (id) ON DELETE CASCADE,
    CONSTRAINT fk_push_subscription_session FOREIGN KEY (session_id) REFERENCES consumer_session (id)
        ON DELETE CASCADE
);
CREATE INDEX ix_push_subscription_consumer ON push_subscription (consumer_id);

CREATE TABLE push_delivery (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    subscription_id VARCHAR(36)   NOT NULL,
    payload         VARCHAR(1000) NOT NULL,
    attempts        INT           NOT NULL,
    due_at          DATETIME(6)   NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_push_delivery_subscription FOREIGN KEY (subscription_id) REFERENCES push_subscription (id)
        ON DELETE CASCADE
);
CREATE INDEX ix_push_delivery_due ON push_delivery (due_at);
