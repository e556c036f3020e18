package org.feedwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.feedwatch.feed.NextPollReason;
import org.junit.jupiter.api.Test;

/** The schedule while a WebSub hub pushes the feed: a long safety net, but early enough to renew the lease. */
class PollSchedulePushTest {

    private static final Instant NOW = Instant.parse("2026-11-18T10:20:00Z");
    private static final PollingBounds BOUNDS = new PollingBounds(Duration.ofMinutes(5), Duration.ofHours(24),
            Duration.ofHours(24), Duration.ofDays(7));
    private static final Duration SAFETY_NET = Duration.ofHours(6);
    private static final Duration RENEW_BEFORE = Duration.ofDays(1);

    private final PollSchedule schedule = new PollSchedule(BOUNDS, () -> 0.0);

    @Test
    void aPushedFeedIsPolledOnlyAtTheSafetyNetInterval() {
        NextPoll regular = new NextPoll(NOW.plus(Duration.ofMinutes(30)), NextPollReason.PUBLISHING_RATE);
        NextPoll next = schedule.whilePushed(regular, NOW, NOW.plus(Duration.ofDays(10)), RENEW_BEFORE, SAFETY_NET);
        assertEquals(new NextPoll(NOW.plus(SAFETY_NET), NextPollReason.WEBSUB_SAFETY_NET), next);
    }

    @Test
    void aLongerRegularIntervalIsKept() {
        NextPoll regular = new NextPoll(NOW.plus(Duration.ofHours(24)), NextPollReason.MAX_INTERVAL);
        assertEquals(regular, schedule.whilePushed(regular, NOW, NOW.plus(Duration.ofDays(10)), RENEW_BEFORE,
                SAFETY_NET));
    }

    @Test
    void theSafetyNetStaysWithinTheMaximumInterval() {
        NextPoll regular = new NextPoll(NOW.plus(Duration.ofMinutes(30)), NextPollReason.PUBLISHING_RATE);
        NextPoll next = schedule.whilePushed(regular, NOW, NOW.plus(Duration.ofDays(10)), RENEW_BEFORE,
                Duration.ofDays(3));
        assertEquals(new NextPoll(NOW.plus(Duration.ofHours(24)), NextPollReason.WEBSUB_SAFETY_NET), next);
    }

    @Test
    void pollsInTimeToRenewTheLease() {
        NextPoll regular = new NextPoll(NOW.plus(Duration.ofMinutes(30)), NextPollReason.PUBLISHING_RATE);
        Instant leaseUntil = NOW.plus(Duration.ofHours(26));
        NextPoll next = schedule.whilePushed(regular, NOW, leaseUntil, RENEW_BEFORE, SAFETY_NET);
        assertEquals(new NextPoll(NOW.plus(Duration.ofHours(2)), NextPollReason.WEBSUB_RENEWAL), next);
    }

    @Test
    void aLeaseAlreadyDueForRenewalWaitsTheMinimumInterval() {
        NextPoll regular = new NextPoll(NOW.plus(Duration.ofMinutes(30)), NextPollReason.PUBLISHING_RATE);
        NextPoll next = schedule.whilePushed(regular, NOW, NOW.plus(Duration.ofHours(3)), RENEW_BEFORE, SAFETY_NET);
        assertEquals(new NextPoll(NOW.plus(Duration.ofMinutes(5)), NextPollReason.WEBSUB_RENEWAL), next);
    }
}
