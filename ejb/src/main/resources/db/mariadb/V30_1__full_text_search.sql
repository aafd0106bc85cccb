-- MariaDB only (MariaDb.MIGRATIONS): full-text indexes for the inbox's search in subjects and message texts, so that
-- a search reads the matching rows instead of every message of the company (InboxSearch). Built without stop words,
-- so that "und", "the" or "was" are found like any word (a session setting, read when an index is created); words
-- shorter than innodb_ft_min_token_size (3) are not indexed, and InboxSearch finds them with LIKE.
SET SESSION innodb_ft_enable_stopword = 0;
CREATE FULLTEXT INDEX ft_message_body ON message (body);
CREATE FULLTEXT INDEX ft_conversation_subject ON conversation (subject);
