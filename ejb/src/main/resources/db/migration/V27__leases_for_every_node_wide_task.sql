-- The sequencer's lease becomes one of several: the nightly jobs run on one node at a time too (ADR 12), and a
-- nightly job's row says when it last ran, so that the node that takes over runs what its predecessor missed.
ALTER TABLE stream_lease RENAME TO lease;
ALTER TABLE lease ADD COLUMN done_at DATETIME(6);
INSERT INTO lease (name, holder, expires_at) VALUES ('nightly-jobs', NULL, '1970-01-01 00:00:00');
