-- Whether the company has messages of the request's consumer it has not read: kept with the row by the entity
-- (Conversation), so that the portal's unread count, shown on every page of an agent, reads the company's unread
-- requests and none of the others (a comparison of two columns could use no index).
ALTER TABLE conversation ADD COLUMN company_unread BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE conversation SET company_unread = TRUE WHERE company_read_seq < last_seq;
CREATE INDEX ix_conversation_company_unread ON conversation (company_id, company_unread, status);
