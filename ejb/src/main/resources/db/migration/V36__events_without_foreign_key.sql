-- A stream's events no longer hold a foreign key to their conversation (ADR 28). Its checks made the sequencer take a
-- shared lock on each conversation of its batch until the commit, and the batches of sends waited for them. The
-- erasure, the only path that deletes conversations, deletes their events itself while the sequencer is paused
-- (ConversationData), so no event outlives its conversation. The index stays for that delete and for the withdrawal of
-- a restricted consumer's events (StreamWithdrawal). Both databases drop the index they made for the key: H2 with the
-- key, MariaDB once the new index covers the same column.
ALTER TABLE stream_event DROP CONSTRAINT fk_stream_event_conversation;
CREATE INDEX ix_stream_event_conversation ON stream_event (conversation_id);
