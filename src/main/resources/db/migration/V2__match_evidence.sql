-- Why an item matched (issue 3): what the hit stands for (the person a name rule or a watchlist found) and a
-- short excerpt of the item around the matched words. Older matches get empty values.
ALTER TABLE item_match ADD COLUMN matched_as VARCHAR(2000) DEFAULT '' NOT NULL;
ALTER TABLE item_match ADD COLUMN snippet VARCHAR(1000) DEFAULT '' NOT NULL;
