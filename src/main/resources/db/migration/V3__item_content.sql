-- Feedwatch schema, version 3: what items carry besides title and summary (issue 4, formats and content).
-- One file for Derby and PostgreSQL: ${text} is CLOB on Derby and TEXT on PostgreSQL (see SchemaMigration).
-- authors and categories are short label lists in one column each (separated by U+001F, see TextListConverter):
-- shown with the item, never searched. content_version is the fingerprint of title and text that tells an updated
-- item from an unchanged one; it is NULL for items stored before this version, which are completed silently.

ALTER TABLE item ADD COLUMN content_html ${text};
ALTER TABLE item ADD COLUMN authors VARCHAR(2000);
ALTER TABLE item ADD COLUMN categories VARCHAR(2000);
ALTER TABLE item ADD COLUMN thumbnail_url VARCHAR(2048);
ALTER TABLE item ADD COLUMN content_version VARCHAR(64);
ALTER TABLE item ADD COLUMN updated_at TIMESTAMP;

CREATE TABLE item_enclosure (
    item_id         BIGINT NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    entry_index     INTEGER NOT NULL,
    url             VARCHAR(2048) NOT NULL,
    media_type      VARCHAR(255),
    length_bytes    BIGINT,
    CONSTRAINT item_enclosure_pk PRIMARY KEY (item_id, entry_index)
);
