package org.feedwatch.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A feed's health and state as its polls record them (plain objects, no database). */
class FeedHealthTest {

    private static final Instant T0 = Instant.parse("2026-11-18T10:00:00Z");
    private static final Duration REPORT_AFTER = Duration.ofHours(24);

    private final Feed feed = new Feed("https://example.org/feed", Optional.empty(), 30, T0);

    @Test
    void countsAnswers304sAndErrors() {
        feed.recordFetched(Optional.of("t"), Optional.of("\"v1\""), Optional.empty(), 200, T0);
        feed.recordNotModified(T0.plusSeconds(60));
        feed.recordNotModified(T0.plusSeconds(120));
        feed.recordFailure("HTTP 500", Optional.of(500), T0.plusSeconds(180));
        FeedHealth health = feed.health();
        assertEquals(4, health.fetchCount());
        assertEquals(2, health.notModifiedCount());
        assertEquals(1, health.errorCount());
        assertEquals(Optional.of(2.0 / 3), health.notModifiedRate());
        assertEquals(FeedStatus.ERROR, health.lastStatus());
        assertEquals(Optional.of(T0.plusSeconds(120)), health.lastSuccessAt());
    }

    @Test
    void hasNo304RateBeforeTheFirstAnswer() {
        assertEquals(Optional.empty(), feed.health().notModifiedRate());
        feed.recordFailure("unknown host", Optional.empty(), T0);
        assertEquals(Optional.empty(), feed.health().notModifiedRate());
    }

    @Test
    void aFailingEpisodeStartsAtTheFirstErrorAndEndsAtTheNextAnswer() {
        feed.recordFailure("HTTP 503", Optional.of(503), T0);
        feed.recordFailure("HTTP 503", Optional.of(503), T0.plus(Duration.ofHours(1)));
        assertEquals(Optional.of(T0), feed.health().failingSince());
        assertEquals(2, feed.health().consecutiveErrors());
        feed.recordNotModified(T0.plus(Duration.ofHours(2)));
        assertEquals(Optional.empty(), feed.health().failingSince());
        assertEquals(0, feed.health().consecutiveErrors());
    }

    @Test
    void reportsAFailingFeedOncePerEpisodeAndOnlyAfterTheThreshold() {
        feed.recordFailure("HTTP 500", Optional.of(500), T0);
        assertFalse(feed.claimFailingReport(REPORT_AFTER, T0.plus(Duration.ofHours(23))), "too early");
        feed.recordFailure("HTTP 500", Optional.of(500), T0.plus(Duration.ofHours(24)));
        assertTrue(feed.claimFailingReport(REPORT_AFTER, T0.plus(Duration.ofHours(24))));
        feed.recordFailure("HTTP 500", Optional.of(500), T0.plus(Duration.ofHours(48)));
        assertFalse(feed.claimFailingReport(REPORT_AFTER, T0.plus(Duration.ofHours(48))), "already reported");

        assertTrue(feed.recordNotModified(T0.plus(Duration.ofHours(49))), "the end of a reported episode is news");
        assertFalse(feed.recordNotModified(T0.plus(Duration.ofHours(50))));

        Instant again = T0.plus(Duration.ofDays(10));
        feed.recordFailure("HTTP 500", Optional.of(500), again);
        assertTrue(feed.claimFailingReport(REPORT_AFTER, again.plus(REPORT_AFTER)), "a new episode is reported");
    }

    @Test
    void goneDisablesTheFeedVisibly() {
        feed.recordGone("HTTP 410 Gone", T0);
        assertFalse(feed.enabled());
        assertEquals(FeedStatus.GONE, feed.health().lastStatus());
        assertEquals(Optional.of(410), feed.health().lastHttpStatus());
        assertTrue(feed.disabledReason().orElseThrow().contains("410"));
        assertEquals(Optional.of(T0), feed.disabledAt());
    }

    @Test
    void enablingPollsAtOnceAndKeepsTheHistory() {
        feed.recordGone("HTTP 410 Gone", T0);
        Instant later = T0.plus(Duration.ofDays(3));
        feed.enable(later);
        assertTrue(feed.enabled());
        assertEquals(Optional.empty(), feed.disabledReason());
        assertEquals(later, feed.nextPollAt());
        assertEquals(Optional.of(NextPollReason.ENABLED), feed.nextPollReason());
        assertEquals(1, feed.health().errorCount());
    }

    @Test
    void recordsTheScheduleWithItsInterval() {
        feed.scheduleNext(T0.plus(Duration.ofHours(2)), NextPollReason.HTTP_CACHE, T0);
        assertEquals(T0.plus(Duration.ofHours(2)), feed.nextPollAt());
        assertEquals(Optional.of(Duration.ofHours(2)), feed.pollInterval());
        assertEquals(Optional.of(NextPollReason.HTTP_CACHE), feed.nextPollReason());
    }

    @Test
    void keepsThePublishersHintsForThe304sThatFollow() {
        assertEquals(Optional.empty(), feed.publisherHints().ttl());
        feed.recordPublisherHints(new PublisherHints(Optional.of(Duration.ofMinutes(90)),
                Optional.of(Duration.ofHours(1)), Set.of(23, 0, 5), Set.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY)));
        PublisherHints hints = feed.publisherHints();
        assertEquals(Optional.of(Duration.ofMinutes(90)), hints.ttl());
        assertEquals(Optional.of(Duration.ofHours(1)), hints.updatePeriod());
        assertEquals(Set.of(0, 5, 23), hints.skipHours());
        assertEquals(Set.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY), hints.skipDays());
    }
}
