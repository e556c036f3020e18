-- WebSub (issue 4, Push). Derby and PostgreSQL: one column per ALTER, no names either database reserves.
-- The subscription lives on its feed: one hub per feed, deleted with the feed.

-- The hub the feed advertises and the topic subscribed (the feed's self link, else its URL).
ALTER TABLE feed ADD COLUMN websub_hub VARCHAR(2048);
ALTER TABLE feed ADD COLUMN websub_topic VARCHAR(2048);

-- NONE, PENDING, ACTIVE or FAILED (null reads as NONE).
ALTER TABLE feed ADD COLUMN websub_state VARCHAR(20);

-- The last segment of the callback URL; the secret shared with the hub is derived from it and the server key.
ALTER TABLE feed ADD COLUMN websub_token VARCHAR(100);

-- When the hub was last asked, when the verified lease ends, the last refusal or denial, the last push.
ALTER TABLE feed ADD COLUMN websub_requested_at TIMESTAMP;
ALTER TABLE feed ADD COLUMN websub_lease_expires_at TIMESTAMP;
ALTER TABLE feed ADD COLUMN websub_last_error VARCHAR(500);
ALTER TABLE feed ADD COLUMN websub_last_push_at TIMESTAMP;
