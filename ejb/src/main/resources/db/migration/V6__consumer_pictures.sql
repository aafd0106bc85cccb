-- Optional profile pictures, re-encoded without metadata, in a table of their own so that a profile loads without it.

CREATE TABLE consumer_picture (
    consumer_id  BIGINT      NOT NULL PRIMARY KEY,
    content_type VARCHAR(20) NOT NULL,
    image        LONGBLOB    NOT NULL,
    updated_at   DATETIME(6) NOT NULL,
    CONSTRAINT fk_consumer_picture_consumer FOREIGN KEY (consumer_id) REFERENCES consumer (id) ON DELETE CASCADE
);
