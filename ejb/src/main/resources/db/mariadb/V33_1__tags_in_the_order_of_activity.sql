-- The inbox filtered by a tag lists the tag's requests newest activity first (issue 22). Read by the requests' ids,
-- a page needed every request of the tag and a sort (5,872 rows for a page of 20 in docs/benchmarks.md). Each tag's
-- row now carries its request's last activity, kept by the database itself whatever changes the request, so that a
-- page reads the tag's index in the list's order and stops after it (InboxQuery, ADR 21).
ALTER TABLE conversation_tag ADD COLUMN last_activity_at DATETIME(6);
UPDATE conversation_tag t JOIN conversation c ON c.id = t.conversation_id SET t.last_activity_at = c.last_activity_at;
CREATE INDEX ix_conversation_tag_activity ON conversation_tag (company_id, tag, last_activity_at, conversation_id);

CREATE TRIGGER conversation_tag_takes_activity BEFORE INSERT ON conversation_tag FOR EACH ROW
    SET NEW.last_activity_at = (SELECT c.last_activity_at FROM conversation c WHERE c.id = NEW.conversation_id);

CREATE TRIGGER conversation_activity_to_tags AFTER UPDATE ON conversation FOR EACH ROW
    UPDATE conversation_tag SET last_activity_at = NEW.last_activity_at
    WHERE conversation_id = NEW.id AND NEW.last_activity_at <> OLD.last_activity_at;
