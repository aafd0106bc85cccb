-- "Stay signed in" for the portal: one row per browser, whose cookie holds the row's id and a random token; only the
-- token's hash is kept, and it changes each time the browser signs in with it. Revocable from the profile page.
CREATE TABLE staff_remembered_sign_in (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    staff_account_id BIGINT       NOT NULL,
    token_hash       VARCHAR(64)  NOT NULL,
    device           VARCHAR(200) NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    last_used_at     DATETIME(6)  NOT NULL,
    expires_at       DATETIME(6)  NOT NULL,
    CONSTRAINT uk_staff_remembered_sign_in_token UNIQUE (token_hash),
    CONSTRAINT fk_staff_remembered_sign_in_account FOREIGN KEY (staff_account_id) REFERENCES staff_account (id)
        ON DELETE CASCADE
);
CREATE INDEX ix_staff_remembered_sign_in_account ON staff_remembered_sign_in (staff_account_id);

-- Two-factor authentication with time-based one-time passwords (RFC 6238): the shared secret (Base32), since when it
-- is confirmed, and the last time step used, so that no code counts twice.
ALTER TABLE staff_account ADD COLUMN totp_secret VARCHAR(64);
ALTER TABLE staff_account ADD COLUMN totp_enabled_at DATETIME(6);
ALTER TABLE staff_account ADD COLUMN totp_last_step BIGINT;
