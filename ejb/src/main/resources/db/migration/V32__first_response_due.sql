-- A company may promise a first response within so many minutes of its working hours (issue 22): each request then
-- knows when its first response is due, when it came, and since when its consumer waits for an answer, so that the
-- inbox shows and sorts by it and the dashboard counts the breaches.
ALTER TABLE company ADD COLUMN first_response_minutes INT;
-- one span a day, German time: MON 08:00-18:00,TUE 08:00-18:00 (ServiceHours); none: the minutes count around the clock
ALTER TABLE company ADD COLUMN working_hours VARCHAR(120);

ALTER TABLE conversation ADD COLUMN first_response_due_at DATETIME(6);
ALTER TABLE conversation ADD COLUMN first_response_at DATETIME(6);
ALTER TABLE conversation ADD COLUMN waiting_since DATETIME(6);
-- the requests that await their first response, the one due soonest first (InboxQuery, order "due")
CREATE INDEX ix_conversation_company_due ON conversation (company_id, first_response_at, first_response_due_at, id);

-- what the requests before this version already tell: the first answer of the company, and an open request's
-- consumer waiting since its last activity
UPDATE conversation SET first_response_at = (
    SELECT MIN(m.sent_at) FROM message m WHERE m.conversation_id = conversation.id AND m.author = 'COMPANY');
UPDATE conversation SET waiting_since = last_activity_at WHERE status = 'OPEN';
