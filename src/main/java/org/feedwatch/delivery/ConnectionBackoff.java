package org.feedwatch.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The sender's memory of an unreachable mail server: while it backs off, drains do not even try to connect.
 * The wait doubles from {@code first} up to {@code max} with each failed connection and is forgotten at the first
 * successful one. Kept in memory on purpose: after a restart the first tick tries at once.
 */
final class ConnectionBackoff {

    private final Duration first;
    private final Duration max;
    private Duration delay;
    private Instant until;
    private String lastError;
    private Instant since;
    private int failures;

    ConnectionBackoff(Duration first, Duration max) {
        this.first = first;
        this.max = max;
    }

    /** May a drain connect now? */
    synchronized boolean ready(Instant now) {
        return until == null || !now.isBefore(until);
    }

    /** A connection failed: wait twice as long as last time (the first time: {@code first}). */
    synchronized Instant failed(String error, Instant now) {
        delay = delay == null ? first : delay.multipliedBy(2);
        if (delay.compareTo(max) > 0) {
            delay = max;
        }
        if (since == null) {
            since = now;
        }
        failures++;
        lastError = error;
        until = now.plus(delay);
        return until;
    }

    /** The server answered: back to normal. Returns how many connections had failed before. */
    synchronized int succeeded() {
        int failed = failures;
        delay = null;
        until = null;
        lastError = null;
        since = null;
        failures = 0;
        return failed;
    }

    synchronized SenderState state() {
        return new SenderState(since != null, Optional.ofNullable(until), Optional.ofNullable(lastError),
                Optional.ofNullable(since), failures);
    }
}
