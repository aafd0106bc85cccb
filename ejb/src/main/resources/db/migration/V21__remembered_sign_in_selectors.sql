-- A remembered browser's cookie names its row by a random selector instead of the row's id, so that a forged cookie
-- cannot name someone else's row; the token replaced last is kept, so that only a copy of the cookie (an earlier
-- token used again) ends the remembrance, not any wrong token. Cookies of the old form sign in no more: the rows go.
DELETE FROM staff_remembered_sign_in;
ALTER TABLE staff_remembered_sign_in ADD COLUMN selector VARCHAR(43) NOT NULL;
ALTER TABLE staff_remembered_sign_in ADD COLUMN previous_token_hash VARCHAR(64);
CREATE UNIQUE INDEX uk_staff_remembered_selector ON staff_remembered_sign_in (selector);
