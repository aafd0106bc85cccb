-- Tags are told apart as written (after Tags made them lower case): the database's default collation would take
-- "müll" and "mull", or "strasse" and "straße", for one tag and refuse the second as a duplicate key.
ALTER TABLE conversation_tag MODIFY tag VARCHAR(60) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
