-- Staff accounts are invited by e-mail and choose their own password from the link; admins deactivate them and send
-- new password links; platform admins suspend companies.

-- When the account's password was chosen (null while an invitation waits), and from when on sign-ins count: a
-- sign-in from before this moment (a portal session, an API token) is over.
ALTER TABLE staff_account ADD COLUMN password_set_at DATETIME(6);
ALTER TABLE staff_account ADD COLUMN sessions_valid_from DATETIME(6) DEFAULT '2000-01-01 00:00:00' NOT NULL;
UPDATE staff_account SET password_set_at = created_at, sessions_valid_from = created_at;

-- Single-use links mailed to staff: an invitation (valid for 7 days) or a new password (valid for one hour). Only the
-- token's hash is kept.
CREATE TABLE staff_mail_link (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    staff_account_id BIGINT      NOT NULL,
    purpose          VARCHAR(20) NOT NULL,
    token_hash       VARCHAR(64) NOT NULL,
    expires_at       DATETIME(6) NOT NULL,
    used_at          DATETIME(6),
    created_at       DATETIME(6) NOT NULL,
    CONSTRAINT uk_staff_mail_link_token UNIQUE (token_hash),
    CONSTRAINT fk_staff_mail_link_account FOREIGN KEY (staff_account_id) REFERENCES staff_account (id) ON DELETE CASCADE
);
CREATE INDEX ix_staff_mail_link_account ON staff_mail_link (staff_account_id, purpose, created_at);

-- A suspended company is not listed, takes no new connections or requests, and its staff cannot sign in.
ALTER TABLE company ADD COLUMN suspended_at DATETIME(6);

-- The company admins' dashboard reads requests by when they were opened and resolved; the platform counts messages.
CREATE INDEX ix_conversation_company_created ON conversation (company_id, created_at);
CREATE INDEX ix_conversation_company_resolved ON conversation (company_id, resolved_at);
CREATE INDEX ix_message_sent ON message (sent_at);
