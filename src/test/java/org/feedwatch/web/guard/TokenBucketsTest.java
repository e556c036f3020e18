package org.feedwatch.web.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.feedwatch.config.Rate;
import org.junit.jupiter.api.Test;

/** The limiter on a clock the test moves by hand: no sleeping, no timing. */
class TokenBucketsTest {

    /** A clock that stands still until the test moves it. */
    static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-11-22T12:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final HandClock clock = new HandClock();
    private final TokenBuckets tenPerTenMinutes = new TokenBuckets(new Rate(10, Duration.ofMinutes(10)), 100, clock);

    private void spend(TokenBuckets buckets, String key, int times) {
        for (int i = 0; i < times; i++) {
            assertEquals(Optional.empty(), buckets.take(key), "request " + (i + 1) + " is within the limit");
        }
    }

    @Test
    void theWholeCapacityAtOnceThenAWaitOfOneTokensWorth() {
        spend(tenPerTenMinutes, "192.0.2.1", 10);
        assertEquals(Optional.of(Duration.ofSeconds(60)), tenPerTenMinutes.take("192.0.2.1"));
        clock.move(Duration.ofSeconds(45));
        assertEquals(Optional.of(Duration.ofSeconds(15)), tenPerTenMinutes.take("192.0.2.1"));
    }

    @Test
    void tokensComeBackEvenlyOverThePeriod() {
        spend(tenPerTenMinutes, "192.0.2.1", 10);
        clock.move(Duration.ofMinutes(3));
        spend(tenPerTenMinutes, "192.0.2.1", 3);
        assertTrue(tenPerTenMinutes.take("192.0.2.1").isPresent());
        clock.move(Duration.ofHours(5));
        spend(tenPerTenMinutes, "192.0.2.1", 10); // never more than the capacity, however long the pause
        assertTrue(tenPerTenMinutes.take("192.0.2.1").isPresent());
    }

    @Test
    void eachKeyHasItsOwnBudget() {
        spend(tenPerTenMinutes, "192.0.2.1", 10);
        assertTrue(tenPerTenMinutes.take("192.0.2.1").isPresent());
        spend(tenPerTenMinutes, "192.0.2.2", 10);
    }

    @Test
    void aClockSetBackRefillsNothing() {
        spend(tenPerTenMinutes, "192.0.2.1", 10);
        clock.move(Duration.ofDays(-60));
        assertEquals(Optional.of(Duration.ofSeconds(60)), tenPerTenMinutes.take("192.0.2.1"));
        clock.move(Duration.ofMinutes(1));
        spend(tenPerTenMinutes, "192.0.2.1", 1);
    }

    @Test
    void aFloodOfDistinctClientsKeepsOnlyTheNewestKeys() {
        TokenBuckets buckets = new TokenBuckets(new Rate(1, Duration.ofHours(1)), 100, clock);
        for (int i = 0; i < 100_000; i++) {
            buckets.take("10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255));
        }
        assertEquals(100, buckets.size());
        assertTrue(buckets.take("10.1.134.159").isPresent(), "a recent client is still limited");
        assertEquals(Optional.empty(), buckets.take("10.0.0.0"), "the oldest were forgotten");
    }

    @Test
    void aClientSeenAgainIsNotTheOneForgotten() {
        TokenBuckets buckets = new TokenBuckets(new Rate(1, Duration.ofHours(1)), 100, clock);
        buckets.take("192.0.2.1");
        for (int i = 0; i < 150; i++) {
            buckets.take("192.0.2.1");
            buckets.take("10.0.0." + i);
        }
        assertTrue(buckets.take("192.0.2.1").isPresent());
    }

    @Test
    void offLetsEverythingThroughAndTracksNothing() {
        TokenBuckets off = new TokenBuckets(Rate.OFF, 100, clock);
        spend(off, "192.0.2.1", 1000);
        assertEquals(0, off.size());
    }
}
