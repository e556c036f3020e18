-- The archive pages list a subscriber's digests newest first, a page at a time (keyset on id).
CREATE INDEX outbox_subscriber ON outbox_message (subscriber_id, id);
