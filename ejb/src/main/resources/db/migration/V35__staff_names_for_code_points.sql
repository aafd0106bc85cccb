-- A staff member's name is counted in code points, as a consumer's (PersonDetails: up to 100, an emoji is one), and
-- travels with what they write: the account's name, and the name kept with each answer and internal note. V29 widened
-- the consumer's columns and missed these three; on H2, which counts UTF-16 units, a name of 100 emoji passed the check
-- and did not fit. Twice the length fits on both databases; the limit stays with the service.
ALTER TABLE staff_account MODIFY display_name VARCHAR(200) NOT NULL;
ALTER TABLE message MODIFY agent_name VARCHAR(200);
ALTER TABLE internal_note MODIFY agent_name VARCHAR(200) NOT NULL;
