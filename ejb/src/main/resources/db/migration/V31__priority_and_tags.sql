-- Agents give their company's requests a priority and tags, and filter the inbox by them (issue 22). Both are the
-- company's own, never shown to the consumer; they go with the request when it is erased (ON DELETE CASCADE) and stand
-- in the person's export beside the internal notes.
ALTER TABLE conversation ADD COLUMN priority VARCHAR(10) DEFAULT 'NORMAL' NOT NULL;
-- the inbox filtered by priority, newest activity first (InboxQuery); queue and status are checked on the rows read
CREATE INDEX ix_conversation_company_priority ON conversation (company_id, priority, last_activity_at, id);

-- A tag is lower case (Tags); the company is kept beside it so that the inbox finds a tag's requests among its own.
CREATE TABLE conversation_tag (
    conversation_id BIGINT      NOT NULL,
    company_id      BIGINT      NOT NULL,
    tag             VARCHAR(60) NOT NULL,
    CONSTRAINT pk_conversation_tag PRIMARY KEY (conversation_id, tag),
    CONSTRAINT fk_conversation_tag_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id)
        ON DELETE CASCADE
);
CREATE INDEX ix_conversation_tag_company ON conversation_tag (company_id, tag, conversation_id);
