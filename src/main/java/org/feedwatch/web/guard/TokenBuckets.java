package org.feedwatch.web.guard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.feedwatch.config.Rate;

/**
 * One token bucket per key (a client address, an email address): a key may spend the whole capacity at once and
 * gets it back evenly over the period. Memory is bounded: at most {@code maxKeys} buckets, the least recently
 * used forgotten first, so a flood of distinct clients cannot grow the heap. A forgotten key starts full again;
 * evicting a key that is being limited takes {@code maxKeys} other clients between two of its requests.
 */
public final class TokenBuckets {

    private final Rate rate;
    private final Clock clock;
    private final Map<String, Bucket> buckets;

    public TokenBuckets(Rate rate, int maxKeys, Clock clock) {
        this.rate = rate;
        this.clock = clock;
        this.buckets = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /** Takes one token for {@code key}: empty when the request may go ahead, else how long until it may. */
    public Optional<Duration> take(String key) {
        if (rate.off()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        synchronized (buckets) {
            Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(rate.capacity(), now));
            bucket.refill(now, rate);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return Optional.empty();
            }
            return Optional.of(bucket.wait(rate));
        }
    }

    /** How many keys are tracked now. */
    public int size() {
        synchronized (buckets) {
            return buckets.size();
        }
    }

    private static final class Bucket {
        private double tokens;
        private Instant updated;

        Bucket(double tokens, Instant updated) {
            this.tokens = tokens;
            this.updated = updated;
        }

        void refill(Instant now, Rate rate) {
            // A clock set back (NTP, a test clock) refills nothing and restarts the count from now.
            if (now.isAfter(updated)) {
                double periodNanos = rate.period().toNanos();
                double earned = Duration.between(updated, now).toNanos() / periodNanos * rate.capacity();
                tokens = Math.min(rate.capacity(), tokens + earned);
            }
            updated = now;
        }

        /** Time until the next whole token, rounded up to a second (Retry-After counts seconds). */
        Duration wait(Rate rate) {
            double missing = 1 - tokens;
            long nanos = (long) Math.ceil(missing * rate.period().toNanos() / rate.capacity());
            return Duration.ofSeconds(Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L));
        }
    }
}
