package org.feedwatch.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits of the polling policy.
 *
 * @param minInterval    no feed is polled more often than this after an answer, whatever its rate
 * @param maxInterval    no answering feed waits longer than this, whatever its hints
 * @param maxBackoff     no failing feed waits longer than this, whatever its errors or Retry-After
 * @param activityWindow how far back the items are counted for a feed's publishing rate
 */
public record PollingBounds(Duration minInterval, Duration maxInterval, Duration maxBackoff,
                            Duration activityWindow) {

    public PollingBounds {
        requirePositive(minInterval, "minInterval");
        requirePositive(maxInterval, "maxInterval");
        requirePositive(maxBackoff, "maxBackoff");
        requirePositive(activityWindow, "activityWindow");
        if (minInterval.compareTo(maxInterval) > 0) {
            throw new IllegalArgumentException("minInterval " + minInterval + " is longer than maxInterval "
                    + maxInterval);
        }
        if (activityWindow.compareTo(Duration.ofDays(1)) < 0) {
            throw new IllegalArgumentException("activityWindow must be at least a day, was " + activityWindow);
        }
    }

    /** {@code value} raised to {@code minInterval} or lowered to {@code maxInterval} if it is outside them. */
    Duration clamp(Duration value) {
        return value.compareTo(minInterval) < 0 ? minInterval
                : value.compareTo(maxInterval) > 0 ? maxInterval : value;
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
