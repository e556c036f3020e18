package org.feedwatch.delivery;

import java.time.Duration;

/** When a message that got a temporary refusal (4xx) is tried again, and how often before it is given up. */
public record RetryPolicy(Duration firstDelay, Duration maxDelay, int maxAttempts) {

    /** The wait after the {@code attempts}-th failed attempt: first delay, doubling, never above the max. */
    public Duration delayAfter(int attempts) {
        Duration delay = firstDelay.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 30));
        return delay.compareTo(maxDelay) > 0 || delay.isNegative() ? maxDelay : delay;
    }
}
