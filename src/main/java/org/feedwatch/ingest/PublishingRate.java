package org.feedwatch.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.feedwatch.feed.RecentItems;

/**
 * How many items a feed publishes per day, from the items dated within the recent window: their number divided by
 * the days from the oldest of them to now (at least one day, so a first fetch whose items all carry the same date
 * does not read as hundreds a day). Counting over the span actually covered, not the whole window, keeps a feed
 * whose document holds only its last few hours of items from looking quiet.
 */
final class PublishingRate {

    private static final Duration MIN_SPAN = Duration.ofDays(1);
    private static final double SECONDS_PER_DAY = 86_400;

    private PublishingRate() {
    }

    /**
     * @param watchedSince when the feed was added
     * @return items per day; empty while the rhythm is unknown: fewer than two recent items on a feed watched for
     *         less than the window (a new feed's first items say little; an old feed without any is simply quiet)
     */
    static Optional<Double> itemsPerDay(RecentItems recent, Instant now, Duration window, Instant watchedSince) {
        boolean watchedForWindow = Duration.between(watchedSince, now).compareTo(window) >= 0;
        if (recent.count() < 2 && !watchedForWindow) {
            return Optional.empty();
        }
        if (recent.count() == 0) {
            return Optional.of(0.0);
        }
        Duration span = Duration.between(recent.oldest().orElseThrow(), now);
        if (span.compareTo(MIN_SPAN) < 0) {
            span = MIN_SPAN;
        }
        return Optional.of(recent.count() * SECONDS_PER_DAY / span.toSeconds());
    }
}
