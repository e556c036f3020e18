package org.feedwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.feedwatch.feed.RecentItems;
import org.junit.jupiter.api.Test;

class PublishingRateTest {

    private static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");
    private static final Duration WEEK = Duration.ofDays(7);
    private static final Instant ADDED_TODAY = NOW.minus(Duration.ofHours(1));
    private static final Instant ADDED_LONG_AGO = NOW.minus(Duration.ofDays(30));

    @Test
    void isUnknownForANewFeedWithFewerThanTwoRecentItems() {
        assertEquals(Optional.empty(), rate(0, null, ADDED_TODAY));
        assertEquals(Optional.empty(), rate(1, NOW.minus(Duration.ofHours(2)), ADDED_TODAY));
    }

    @Test
    void isZeroForAFeedWatchedLongerThanTheWindowWithoutItems() {
        assertEquals(Optional.of(0.0), rate(0, null, ADDED_LONG_AGO));
    }

    @Test
    void countsOverTheDaysTheItemsSpan() {
        // 14 items, the oldest 7 days ago: 2 a day.
        assertEquals(Optional.of(2.0), rate(14, NOW.minus(WEEK), ADDED_LONG_AGO));
        // A new feed whose document holds its last 3 days: 30 items in 3 days, not 30 in a week.
        assertEquals(Optional.of(10.0), rate(30, NOW.minus(Duration.ofDays(3)), ADDED_TODAY));
    }

    @Test
    void spansAtLeastOneDay() {
        // 20 items all first seen a minute ago (an undated backlog): 20 a day, not 20 a minute.
        assertEquals(Optional.of(20.0), rate(20, NOW.minus(Duration.ofMinutes(1)), ADDED_TODAY));
    }

    @Test
    void aSingleItemOnAnOldFeedIsAtMostOneADay() {
        assertEquals(Optional.of(0.5), rate(1, NOW.minus(Duration.ofDays(2)), ADDED_LONG_AGO));
        assertEquals(Optional.of(1.0), rate(1, NOW.minus(Duration.ofHours(1)), ADDED_LONG_AGO));
    }

    private static Optional<Double> rate(long count, Instant oldest, Instant added) {
        return PublishingRate.itemsPerDay(new RecentItems(count, Optional.ofNullable(oldest)), NOW, WEEK, added);
    }
}
