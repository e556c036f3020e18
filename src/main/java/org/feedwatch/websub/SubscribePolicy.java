package org.feedwatch.websub;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.feedwatch.feed.WebSubState;

/**
 * When a feed that advertises a hub is (re)subscribed — asked after each poll, so renewal rides on the poll path
 * (whose schedule, while a lease is active, polls again before the lease is due for renewal). Free of I/O.
 *
 * <ul>
 *   <li>NONE: at once (a hub was just found, or it changed).</li>
 *   <li>PENDING: again once {@link #RETRY_UNVERIFIED} has passed without the hub's verification.</li>
 *   <li>ACTIVE: when the lease ends within {@code renewBefore} (or has ended), unless a renewal was asked within
 *       that window less than {@link #RETRY_UNVERIFIED} ago.</li>
 *   <li>FAILED: again once {@link #RETRY_FAILED} has passed; the feed is polled as usual meanwhile.</li>
 * </ul>
 */
public final class SubscribePolicy {

    /** How long a request may wait for the hub's verification before it is repeated. */
    static final Duration RETRY_UNVERIFIED = Duration.ofHours(1);
    /** How long after a refused or unreachable hub it is asked again. */
    static final Duration RETRY_FAILED = Duration.ofHours(6);

    private SubscribePolicy() {
    }

    public static boolean due(WebSubState state, Optional<Instant> leaseUntil, Optional<Instant> requestedAt,
            Instant now, Duration renewBefore) {
        return switch (state) {
            case NONE -> true;
            case PENDING -> passed(requestedAt, RETRY_UNVERIFIED, now);
            case ACTIVE -> (leaseUntil.isEmpty() || !leaseUntil.get().minus(renewBefore).isAfter(now))
                    && passed(requestedAt.filter(asked -> leaseUntil.isEmpty()
                        || asked.isAfter(leaseUntil.get().minus(renewBefore))), RETRY_UNVERIFIED, now);
            case FAILED -> passed(requestedAt, RETRY_FAILED, now);
        };
    }

    private static boolean passed(Optional<Instant> since, Duration wait, Instant now) {
        return since.isEmpty() || !since.get().plus(wait).isAfter(now);
    }
}
