-- The notes of a data-subject case are saved over the version of them the officer's page drew (notes_version): notes
-- saved meanwhile from another tab or by a colleague are refused, not overwritten unseen. The notes' own count, so that
-- an identity check or an answer never makes them look changed. version is JPA's optimistic lock of the whole row, for
-- two writes at the same moment (each writes every column). Existing cases start at 0, as a new one does.
ALTER TABLE data_subject_case ADD COLUMN notes_version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE data_subject_case ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
