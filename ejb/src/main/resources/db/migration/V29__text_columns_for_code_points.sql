-- The service counts what a person types in Unicode code points (an emoji is one character), as the API's document
-- and JSON Schema count it. MariaDB (utf8mb4) measures a VARCHAR in characters too; H2, the embedded database, in UTF-16
-- units, where an emoji takes two: a name of 100 emoji passed every check and did not fit. Twice the length fits on
-- both; the limits themselves stay with the service (PersonDetails, Texts, CannedResponses, FileNames).
ALTER TABLE consumer MODIFY first_name VARCHAR(200) NOT NULL;
ALTER TABLE consumer MODIFY last_name VARCHAR(200) NOT NULL;
ALTER TABLE registration MODIFY first_name VARCHAR(200) NOT NULL;
ALTER TABLE registration MODIFY last_name VARCHAR(200) NOT NULL;
ALTER TABLE conversation MODIFY subject VARCHAR(400) NOT NULL;
ALTER TABLE conversation MODIFY rating_comment VARCHAR(2000);
ALTER TABLE canned_response MODIFY title VARCHAR(200) NOT NULL;
ALTER TABLE canned_response MODIFY body VARCHAR(8000) NOT NULL;
ALTER TABLE attachment MODIFY file_name VARCHAR(400) NOT NULL;
