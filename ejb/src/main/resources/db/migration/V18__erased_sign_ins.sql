-- After an erasure, for as long as its refresh tokens would have lived, only their SHA-256 fingerprints: so that an app
-- that comes back can be told the account was erased. No link to any person, no other column.
CREATE TABLE erased_sign_in (
    refresh_hash VARCHAR(64) NOT NULL PRIMARY KEY,
    expires_at   TIMESTAMP   NOT NULL
);
CREATE INDEX ix_erased_sign_in_expiry ON erased_sign_in (expires_at);
