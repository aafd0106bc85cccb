-- Service requests (conversations) between a consumer and a company, their messages and attachments, the events that
-- tell apps and the portal about changes, and the API sessions of agents.

-- An agent's or company admin's sign-in to the API: the access token is kept only as its SHA-256 hash.
CREATE TABLE staff_session (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    staff_account_id BIGINT      NOT NULL,
    access_hash      VARCHAR(64) NOT NULL,
    expires_at       DATETIME(6) NOT NULL,
    created_at       DATETIME(6) NOT NULL,
    ended_at         DATETIME(6),
    CONSTRAINT uk_staff_session_access UNIQUE (access_hash),
    CONSTRAINT fk_staff_session_account FOREIGN KEY (staff_account_id) REFERENCES staff_account (id) ON DELETE CASCADE
);

-- The client's request id makes opening idempotent: a retried POST finds the conversation it opened the first time.
-- last_seq numbers the messages of a conversation without gaps; it is raised under a row lock.
CREATE TABLE conversation (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    consumer_id           BIGINT        NOT NULL,
    company_id            BIGINT        NOT NULL,
    client_request_id     VARCHAR(64)   NOT NULL,
    subject               VARCHAR(200)  NOT NULL,
    status                VARCHAR(20)   NOT NULL,
    assigned_agent_id     BIGINT,
    last_seq              BIGINT        NOT NULL,
    consumer_delivered_seq BIGINT       NOT NULL,
    consumer_read_seq     BIGINT        NOT NULL,
    company_delivered_seq BIGINT        NOT NULL,
    company_read_seq      BIGINT        NOT NULL,
    rating                SMALLINT,
    rating_comment        VARCHAR(1000),
    created_at            DATETIME(6)   NOT NULL,
    last_activity_at      DATETIME(6)   NOT NULL,
    resolved_at           DATETIME(6),
    closed_at             DATETIME(6),
    CONSTRAINT uk_conversation_client_request UNIQUE (consumer_id, client_request_id),
    CONSTRAINT fk_conversation_consumer FOREIGN KEY (consumer_id) REFERENCES consumer (id) ON DELETE CASCADE,
    CONSTRAINT fk_conversation_company FOREIGN KEY (company_id) REFERENCES company (id),
    CONSTRAINT fk_conversation_agent FOREIGN KEY (assigned_agent_id) REFERENCES staff_account (id) ON DELETE SET NULL,
    CONSTRAINT ck_conversation_rating CHECK (rating IS NULL OR rating BETWEEN 1 AND 5)
);
CREATE INDEX ix_conversation_consumer_activity ON conversation (consumer_id, last_activity_at);
CREATE INDEX ix_conversation_company_activity ON conversation (company_id, status, last_activity_at);

-- The unique key on (conversation, client message id) is what makes sending idempotent, also for racing retries.
-- The text is up to 10,000 characters of any Unicode (utf8mb4 on MariaDB).
CREATE TABLE message (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    conversation_id   BIGINT       NOT NULL,
    seq               BIGINT       NOT NULL,
    client_message_id VARCHAR(64)  NOT NULL,
    author            VARCHAR(10)  NOT NULL,
    agent_id          BIGINT,
    agent_name        VARCHAR(100),
    body              TEXT         NOT NULL,
    sent_at           DATETIME(6)  NOT NULL,
    CONSTRAINT uk_message_seq UNIQUE (conversation_id, seq),
    CONSTRAINT uk_message_client_id UNIQUE (conversation_id, client_message_id),
    CONSTRAINT fk_message_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id) ON DELETE CASCADE,
    CONSTRAINT fk_message_agent FOREIGN KEY (agent_id) REFERENCES staff_account (id) ON DELETE SET NULL
);

-- Attachments are uploaded first (message_id NULL) and then sent with a message; their bytes live in a table of
-- their own, so that listing messages never reads them.
CREATE TABLE attachment (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    conversation_id BIGINT       NOT NULL,
    message_id      BIGINT,
    uploaded_by     VARCHAR(10)  NOT NULL,
    file_name       VARCHAR(200) NOT NULL,
    content_type    VARCHAR(40)  NOT NULL,
    size_bytes      BIGINT       NOT NULL,
    sha256          VARCHAR(64)  NOT NULL,
    uploaded_at     DATETIME(6)  NOT NULL,
    CONSTRAINT fk_attachment_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id) ON DELETE CASCADE,
    CONSTRAINT fk_attachment_message FOREIGN KEY (message_id) REFERENCES message (id) ON DELETE CASCADE
);
CREATE INDEX ix_attachment_message ON attachment (message_id);

CREATE TABLE attachment_content (
    attachment_id BIGINT   NOT NULL PRIMARY KEY,
    content       LONGBLOB NOT NULL,
    CONSTRAINT fk_attachment_content FOREIGN KEY (attachment_id) REFERENCES attachment (id) ON DELETE CASCADE
);

-- Every change a consumer's app or a company's agents must hear of is an event in their stream ("consumer:12",
-- "company:3"), numbered without gaps per stream under a lock on stream_position: an app that reconnects asks for
-- the events after the last number it saw. Events name what changed; the content is read when they are sent.
CREATE TABLE stream_position (
    stream_key VARCHAR(40) NOT NULL PRIMARY KEY,
    last_seq   BIGINT      NOT NULL
);

CREATE TABLE stream_event (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    stream_key      VARCHAR(40) NOT NULL,
    seq             BIGINT      NOT NULL,
    kind            VARCHAR(20) NOT NULL,
    conversation_id BIGINT      NOT NULL,
    message_seq     BIGINT,
    created_at      DATETIME(6) NOT NULL,
    CONSTRAINT uk_stream_event_seq UNIQUE (stream_key, seq),
    CONSTRAINT fk_stream_event_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id)
        ON DELETE CASCADE
);
CREATE INDEX ix_stream_event_created ON stream_event (created_at);

-- Open sockets per stream and server node, so that any node can tell whether a consumer's app is online (else a
-- push notification goes out). Each node marks its sockets seen every minute and removes its own rows when it
-- starts; a row not seen for three minutes (its node died) no longer counts.
CREATE TABLE stream_socket (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    stream_key VARCHAR(40)  NOT NULL,
    node       VARCHAR(100) NOT NULL,
    opened_at  DATETIME(6)  NOT NULL,
    seen_at    DATETIME(6)  NOT NULL
);
CREATE INDEX ix_stream_socket_stream ON stream_socket (stream_key);
CREATE INDEX ix_stream_socket_node ON stream_socket (node);

-- The company's logo in the app: re-encoded, no metadata. The company row says since when, for the logo's address.
ALTER TABLE company ADD COLUMN logo_updated_at DATETIME(6);

CREATE TABLE company_logo (
    company_id   BIGINT      NOT NULL PRIMARY KEY,
    content_type VARCHAR(20) NOT NULL,
    image        LONGBLOB    NOT NULL,
    updated_at   DATETIME(6) NOT NULL,
    CONSTRAINT fk_company_logo_company FOREIGN KEY (company_id) REFERENCES company (id) ON DELETE CASCADE
);
