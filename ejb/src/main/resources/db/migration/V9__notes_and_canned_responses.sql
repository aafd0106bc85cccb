-- What agents of a company write to each other about a service request. The consumer never sees these notes; they
-- go with the conversation when it is deleted.
CREATE TABLE internal_note (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    conversation_id BIGINT       NOT NULL,
    agent_id        BIGINT,
    agent_name      VARCHAR(100) NOT NULL,
    body            TEXT         NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_internal_note_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id) ON DELETE CASCADE,
    CONSTRAINT fk_internal_note_agent FOREIGN KEY (agent_id) REFERENCES staff_account (id) ON DELETE SET NULL
);
CREATE INDEX ix_internal_note_conversation ON internal_note (conversation_id, id);

-- Answers a company's agents use again and again; placeholders such as {firstName} are filled in per conversation.
CREATE TABLE canned_response (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    company_id BIGINT        NOT NULL,
    title      VARCHAR(100)  NOT NULL,
    body       VARCHAR(4000) NOT NULL,
    updated_at DATETIME(6)   NOT NULL,
    CONSTRAINT uk_canned_response_title UNIQUE (company_id, title),
    CONSTRAINT fk_canned_response_company FOREIGN KEY (company_id) REFERENCES company (id) ON DELETE CASCADE
);
