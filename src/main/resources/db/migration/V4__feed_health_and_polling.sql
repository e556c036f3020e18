-- Feed health and polite, adaptive polling (issue 4). Derby and PostgreSQL: one column per ALTER (Derby's rule),
-- DEFAULT before NOT NULL (both accept that order), names that neither database reserves.

-- Why a feed is not polled (410 Gone, or disabled by the administrator) and since when.
ALTER TABLE feed ADD COLUMN disabled_reason VARCHAR(500);
ALTER TABLE feed ADD COLUMN disabled_at TIMESTAMP;

-- The current failing episode: when it began, and whether the administrator has been told (once per episode).
ALTER TABLE feed ADD COLUMN failing_since TIMESTAMP;
ALTER TABLE feed ADD COLUMN failure_reported BOOLEAN DEFAULT FALSE NOT NULL;

-- Counters since the feed was added: polls (failed ones included), 304 answers, failures.
ALTER TABLE feed ADD COLUMN fetch_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE feed ADD COLUMN not_modified_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE feed ADD COLUMN error_count INTEGER DEFAULT 0 NOT NULL;

-- The publishing rate over the recent window, as of the last answer (null while unknown).
ALTER TABLE feed ADD COLUMN items_per_day DOUBLE PRECISION;

-- The last scheduling decision: the interval chosen and the rule that chose it.
ALTER TABLE feed ADD COLUMN poll_interval_seconds BIGINT;
ALTER TABLE feed ADD COLUMN next_poll_reason VARCHAR(40);

-- What the feed document asks (RSS ttl, sy:updatePeriod, skipHours, skipDays), kept for the 304s that follow.
ALTER TABLE feed ADD COLUMN feed_ttl_seconds BIGINT;
ALTER TABLE feed ADD COLUMN update_period_seconds BIGINT;
ALTER TABLE feed ADD COLUMN skip_hours VARCHAR(100);
ALTER TABLE feed ADD COLUMN skip_days VARCHAR(100);

-- A feed failing when this runs: its episode began no later than its last error (the best that is known).
UPDATE feed SET failing_since = last_error_at WHERE consecutive_errors > 0;
