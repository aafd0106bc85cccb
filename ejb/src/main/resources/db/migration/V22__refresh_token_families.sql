-- Every refresh token of an app's session begins with the session's random family name, so that any earlier token of
-- the session presented again ends it, not only the one replaced last (which previous_refresh_hash kept). Sessions
-- from before get their family at their next refresh.
ALTER TABLE consumer_session ADD COLUMN refresh_family VARCHAR(43);
CREATE UNIQUE INDEX uk_consumer_session_family ON consumer_session (refresh_family);
ALTER TABLE consumer_session DROP COLUMN previous_refresh_hash;
