-- a data-subject case shows its own record of actions, also after the person was erased
CREATE INDEX ix_audit_event_case ON audit_event (case_id, seq);
