-- A company may have the agent a request is assigned to told by e-mail when a consumer's message has waited so many
-- minutes while no one of the company was in the portal (NULL: never). When a staff member was last in the portal
-- (a page, or an inbox page open), and up to which message of a request such an e-mail went out.
ALTER TABLE company ADD COLUMN away_mail_minutes INT;
ALTER TABLE staff_account ADD COLUMN last_seen_at DATETIME(6);
ALTER TABLE conversation ADD COLUMN away_mailed_seq BIGINT DEFAULT 0 NOT NULL;
