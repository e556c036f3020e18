package org.feedwatch.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * At most {@code perHost} requests at once to any one host name, across every thread that fetches: many feeds
 * of one publisher (or one blog platform) are fetched a few at a time, however many polls run in parallel. Only
 * hosts with requests in flight are remembered, so the table stays as small as the work.
 */
final class HostLimiter {

    /** Held while one request runs; closing it lets the next request to the host start. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private final int perHost;
    private final Map<String, Integer> inFlight = new HashMap<>();

    HostLimiter(int perHost) {
        if (perHost < 1) {
            throw new IllegalArgumentException("perHost must be at least 1, was " + perHost);
        }
        this.perHost = perHost;
    }

    /**
     * Waits until fewer than {@code perHost} requests to {@code host} run, at most until {@code deadlineNanos}
     * ({@link System#nanoTime()} scale).
     *
     * @return the permit, or null when the deadline passed first
     */
    synchronized Permit acquire(String host, long deadlineNanos) throws InterruptedException {
        String key = key(host);
        while (inFlight.getOrDefault(key, 0) >= perHost) {
            long remaining = deadlineNanos - System.nanoTime();
            if (remaining <= 0) {
                return null;
            }
            wait(Math.max(1, remaining / 1_000_000));
        }
        inFlight.merge(key, 1, Integer::sum);
        return new Once(key);
    }

    /** How many requests to {@code host} run now. */
    synchronized int inFlight(String host) {
        return inFlight.getOrDefault(key(host), 0);
    }

    int perHost() {
        return perHost;
    }

    private synchronized void release(String key) {
        inFlight.computeIfPresent(key, (k, count) -> count == 1 ? null : count - 1);
        notifyAll();
    }

    private static String key(String host) {
        return Objects.requireNonNull(host, "host").toLowerCase(Locale.ROOT);
    }

    /** A permit released at most once, however often it is closed. */
    private final class Once implements Permit {
        private final String key;
        private boolean released;

        Once(String key) {
            this.key = key;
        }

        @Override
        public void close() {
            synchronized (this) {
                if (released) {
                    return;
                }
                released = true;
            }
            release(key);
        }
    }
}
