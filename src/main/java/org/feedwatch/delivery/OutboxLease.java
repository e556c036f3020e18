package org.feedwatch.delivery;

import java.time.Duration;

/**
 * The SQL that hands due messages to exactly one sender, on Derby and PostgreSQL alike. A sender first reads the
 * ids that look due, then claims each with a conditional UPDATE that moves its next attempt past the lease; it
 * sends only the rows whose UPDATE changed one row. Two senders (two drains, two servers) that saw the same row
 * race on the row lock: the second UPDATE waits for the first to commit, then finds the row no longer due and
 * changes nothing. Plain SQL, so that the same statements are tested on their own (OutboxLeaseTest).
 */
final class OutboxLease {

    /** How long a claimed message is hidden from other senders; a send sets the real outcome well before. */
    static final Duration LEASE = Duration.ofMinutes(5);

    /** Parameters: now. Ordered so every sender claims (locks) rows in the same order: no deadlocks. */
    static final String DUE_IDS = "SELECT id FROM outbox_message WHERE status = 'PENDING' AND next_attempt_at <= ?"
            + " ORDER BY next_attempt_at, id";

    /** Parameters: lease end, id, now. Changes one row when this sender got the message, none when another did. */
    static final String CLAIM = "UPDATE outbox_message SET next_attempt_at = ? WHERE id = ? AND status = 'PENDING'"
            + " AND next_attempt_at <= ?";

    private OutboxLease() {
    }
}
