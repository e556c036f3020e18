-- Delivery (issue 5): modes per subscriber and per rule, the channel each unsent match waits for, bounces,
-- the archive id of a sent digest. Derby and PostgreSQL: one column per ALTER.

-- IMMEDIATE, DAILY, WEEKLY or PAUSED; the local time (and weekday, ISO 1 = Monday) of scheduled digests.
ALTER TABLE subscriber ADD COLUMN delivery_mode VARCHAR(20) NOT NULL DEFAULT 'DAILY';
ALTER TABLE subscriber ADD COLUMN digest_minute INTEGER NOT NULL DEFAULT 0;
ALTER TABLE subscriber ADD COLUMN digest_weekday INTEGER NOT NULL DEFAULT 1;
-- The next weekly slot (next_digest_at is the next daily slot) and the last alert mail (the batching window).
ALTER TABLE subscriber ADD COLUMN next_weekly_at TIMESTAMP;
ALTER TABLE subscriber ADD COLUMN last_alert_at TIMESTAMP;
-- Hard bounces (5xx answers) since the last accepted mail; why mail is paused when the server paused it.
ALTER TABLE subscriber ADD COLUMN hard_bounces INTEGER NOT NULL DEFAULT 0;
ALTER TABLE subscriber ADD COLUMN paused_reason VARCHAR(500);
CREATE INDEX subscriber_next_weekly ON subscriber (confirmed, next_weekly_at);

-- A rule's own delivery mode (IMMEDIATE, DAILY or WEEKLY); null follows the subscriber's.
ALTER TABLE watch_rule ADD COLUMN delivery_mode VARCHAR(20);

-- The mail an unsent match waits for: IMMEDIATE, DAILY, WEEKLY or PAUSED; null once a digest covers it.
ALTER TABLE item_match ADD COLUMN pending VARCHAR(20);
UPDATE item_match SET pending = 'DAILY' WHERE outbox_id IS NULL;
CREATE INDEX item_match_pending ON item_match (pending, subscriber_id);

-- The public id of a digest in its archive URL and Message-ID (derived from the digest key, so stable).
ALTER TABLE outbox_message ADD COLUMN archive_id VARCHAR(36);
ALTER TABLE outbox_message ADD COLUMN kind VARCHAR(20);
UPDATE outbox_message SET archive_id = 'm' || TRIM(CAST(id AS CHAR(20))), kind = 'DAILY' WHERE archive_id IS NULL;
CREATE UNIQUE INDEX outbox_archive_id ON outbox_message (archive_id);
