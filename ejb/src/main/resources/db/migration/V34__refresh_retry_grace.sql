-- The refresh token a session replaced last, and until when it may renew the session once more: an app whose
-- refresh's answer was lost (a phone between networks) tries again with the token it still holds (ADR 4).
ALTER TABLE consumer_session ADD COLUMN replaced_refresh_hash VARCHAR(64);
ALTER TABLE consumer_session ADD COLUMN replaced_valid_until DATETIME(6);
