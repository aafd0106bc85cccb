-- The agent's inbox lists a company's requests newest activity first, by queue (all, unassigned, mine) and status:
-- an index for each shape of its query (InboxQuery), each ending in the list's order, so that a page reads the rows
-- it shows and no more, and the next page starts where the last one ended (issue 22). The status alone has
-- ix_conversation_company_activity (V8); InnoDB ends every index with the primary key.
CREATE INDEX ix_conversation_company_latest ON conversation (company_id, last_activity_at, id);
CREATE INDEX ix_conversation_company_assignee ON conversation (company_id, assigned_agent_id, last_activity_at, id);
CREATE INDEX ix_conversation_company_assignee_status
    ON conversation (company_id, assigned_agent_id, status, last_activity_at, id);
