package org.feedwatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.feedwatch.feed.NextPollReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PollScheduleTest {

    /** A Wednesday, 10:20 UTC. */
    private static final Instant NOW = Instant.parse("2026-11-18T10:20:00Z");
    private static final Duration OWN = Duration.ofMinutes(30);
    private static final PollingBounds BOUNDS = new PollingBounds(Duration.ofMinutes(5), Duration.ofHours(24),
            Duration.ofHours(24), Duration.ofDays(7));

    private final PollSchedule noJitter = new PollSchedule(BOUNDS, () -> 0.0);
    private final PollSchedule fullJitter = new PollSchedule(BOUNDS, () -> 0.999_999);

    @Test
    void usesTheFeedsOwnIntervalWhileItsRhythmIsUnknown() {
        assertNext(Duration.ofMinutes(30), NextPollReason.STARTING_INTERVAL, answer(Optional.empty()));
    }

    @Test
    void pollsOncePerExpectedItem() {
        assertNext(Duration.ofHours(2), NextPollReason.PUBLISHING_RATE, answer(Optional.of(12.0)));
        assertNext(Duration.ofHours(8), NextPollReason.PUBLISHING_RATE, answer(Optional.of(3.0)));
    }

    @Test
    void keepsABusyFeedToTheMinimumInterval() {
        assertNext(Duration.ofMinutes(5), NextPollReason.MIN_INTERVAL, answer(Optional.of(1000.0)));
    }

    @Test
    void pollsAQuietFeedAtTheMaximumInterval() {
        assertNext(Duration.ofHours(24), NextPollReason.MAX_INTERVAL, answer(Optional.of(0.0)));
        assertNext(Duration.ofHours(24), NextPollReason.MAX_INTERVAL, answer(Optional.of(0.2)));
        assertNext(Duration.ofHours(24), NextPollReason.MAX_INTERVAL, answer(Optional.of(1e-12)));
    }

    @Test
    void clampsTheFeedsOwnIntervalToTheBoundsToo() {
        NextPoll tooShort = noJitter.afterAnswer(NOW, Duration.ofMinutes(1), Optional.empty(), Optional.empty(),
                PollHints.NONE);
        assertNext(Duration.ofMinutes(5), NextPollReason.MIN_INTERVAL, tooShort);
        NextPoll tooLong = noJitter.afterAnswer(NOW, Duration.ofDays(7), Optional.empty(), Optional.empty(),
                PollHints.NONE);
        assertNext(Duration.ofHours(24), NextPollReason.MAX_INTERVAL, tooLong);
    }

    @Test
    void aLongerHttpFreshnessLengthensTheInterval() {
        NextPoll next = noJitter.afterAnswer(NOW, OWN, Optional.of(12.0), Optional.of(Duration.ofHours(3)),
                PollHints.NONE);
        assertNext(Duration.ofHours(3), NextPollReason.HTTP_CACHE, next);
    }

    @Test
    void aShorterHintNeverShortensTheInterval() {
        PollHints hints = hints(Duration.ofMinutes(10), Duration.ofMinutes(15));
        NextPoll next = noJitter.afterAnswer(NOW, OWN, Optional.of(3.0), Optional.of(Duration.ofMinutes(1)), hints);
        assertNext(Duration.ofHours(8), NextPollReason.PUBLISHING_RATE, next);
    }

    @Test
    void theLongestOfTtlAndUpdatePeriodWins() {
        assertNext(Duration.ofHours(3), NextPollReason.FEED_TTL, noJitter.afterAnswer(NOW, OWN, Optional.empty(),
                Optional.of(Duration.ofHours(1)), hints(Duration.ofHours(3), Duration.ofHours(2))));
        assertNext(Duration.ofHours(6), NextPollReason.FEED_UPDATE_PERIOD, noJitter.afterAnswer(NOW, OWN,
                Optional.empty(), Optional.empty(), hints(Duration.ofHours(3), Duration.ofHours(6))));
    }

    @Test
    void noHintStretchesPastTheMaximumInterval() {
        NextPoll next = noJitter.afterAnswer(NOW, OWN, Optional.empty(), Optional.of(Duration.ofDays(365)),
                hints(Duration.ofDays(30), Duration.ofDays(7)));
        assertEquals(NOW.plus(Duration.ofHours(24)), next.at());
    }

    @Test
    void movesThePollOutOfSkippedHours() {
        // 10:50 falls in the skipped hours 10 and 11: the poll moves to 12:00.
        PollHints hints = new PollHints(Optional.empty(), Optional.empty(), Set.of(10, 11), Set.of());
        NextPoll next = noJitter.afterAnswer(NOW, OWN, Optional.empty(), Optional.empty(), hints);
        assertEquals(Instant.parse("2026-11-18T12:00:00Z"), next.at());
        assertEquals(NextPollReason.SKIP_HOURS_OR_DAYS, next.reason());
    }

    @Test
    void movesThePollOutOfSkippedDays() {
        PollHints hints = new PollHints(Optional.empty(), Optional.empty(), Set.of(0), Set.of(DayOfWeek.WEDNESDAY));
        NextPoll next = noJitter.afterAnswer(NOW, OWN, Optional.empty(), Optional.empty(), hints);
        // The rest of Wednesday is skipped, and so is hour 0 of Thursday.
        assertEquals(Instant.parse("2026-11-19T01:00:00Z"), next.at());
        assertEquals(NextPollReason.SKIP_HOURS_OR_DAYS, next.reason());
    }

    @Test
    void skippingNeverGoesPastTheMaximumInterval() {
        PollHints hints = new PollHints(Optional.empty(), Optional.empty(), Set.of(), Set.of(DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY, DayOfWeek.SATURDAY));
        NextPoll next = noJitter.afterAnswer(Instant.parse("2026-11-18T23:50:00Z"), OWN, Optional.empty(),
                Optional.empty(), hints);
        assertEquals(Instant.parse("2026-11-19T23:50:00Z"), next.at());
        assertEquals(NextPollReason.MAX_INTERVAL, next.reason());
    }

    @Test
    void ignoresSkipListsThatSkipEverything() {
        PollHints everyHour = new PollHints(Optional.empty(), Optional.empty(),
                Set.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23), Set.of());
        assertNext(OWN, NextPollReason.STARTING_INTERVAL, noJitter.afterAnswer(NOW, OWN, Optional.empty(),
                Optional.empty(), everyHour));
        PollHints everyDay = new PollHints(Optional.empty(), Optional.empty(), Set.of(), Set.of(DayOfWeek.values()));
        assertNext(OWN, NextPollReason.STARTING_INTERVAL, noJitter.afterAnswer(NOW, OWN, Optional.empty(),
                Optional.empty(), everyDay));
    }

    @Test
    void backsOffExponentiallyFromTheFeedsOwnInterval() {
        assertEquals(NOW.plus(Duration.ofMinutes(30)), failure(noJitter, 1).at());
        assertEquals(NOW.plus(Duration.ofMinutes(60)), failure(noJitter, 2).at());
        assertEquals(NOW.plus(Duration.ofHours(8)), failure(noJitter, 5).at());
        assertEquals(NextPollReason.BACKOFF, failure(noJitter, 5).reason());
    }

    @Test
    void capsTheBackoffAndNeverStops() {
        for (int errors : new int[] {7, 10, 64, 1_000_000, Integer.MAX_VALUE}) {
            assertEquals(NOW.plus(Duration.ofHours(24)), failure(noJitter, errors).at(), "errors: " + errors);
        }
    }

    @Test
    void jitterOnlyShortensTheBackoffAndByAtMostAQuarter() {
        for (int errors = 1; errors <= 12; errors++) {
            Duration plain = Duration.between(NOW, failure(noJitter, errors).at());
            Duration jittered = Duration.between(NOW, failure(fullJitter, errors).at());
            assertTrue(jittered.compareTo(plain) < 0, "errors " + errors + ": " + jittered + " vs " + plain);
            assertTrue(jittered.compareTo(plain.multipliedBy(3).dividedBy(4)) >= 0,
                    "errors " + errors + ": " + jittered + " vs " + plain);
        }
    }

    @Test
    void jitterDoesNotGoBelowTheMinimumInterval() {
        PollSchedule schedule = new PollSchedule(BOUNDS, () -> 0.999_999);
        NextPoll next = schedule.afterFailure(NOW, Duration.ofMinutes(5), 1, Optional.empty(), Optional.empty());
        assertEquals(NOW.plus(Duration.ofMinutes(5)), next.at());
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 503})
    void honoursRetryAfterOn429And503(int status) {
        NextPoll next = noJitter.afterFailure(NOW, OWN, 1, Optional.of(status), Optional.of(Duration.ofHours(2)));
        assertEquals(NOW.plus(Duration.ofHours(2)), next.at());
        assertEquals(NextPollReason.RETRY_AFTER, next.reason());
    }

    @Test
    void capsRetryAfterAtTheMaximumBackoff() {
        NextPoll next = noJitter.afterFailure(NOW, OWN, 1, Optional.of(429), Optional.of(Duration.ofDays(30)));
        assertEquals(NOW.plus(Duration.ofHours(24)), next.at());
        assertEquals(NextPollReason.RETRY_AFTER, next.reason());
    }

    @Test
    void aShortRetryAfterDoesNotShortenTheBackoff() {
        NextPoll next = noJitter.afterFailure(NOW, OWN, 3, Optional.of(503), Optional.of(Duration.ofSeconds(10)));
        assertEquals(NOW.plus(Duration.ofHours(2)), next.at());
        assertEquals(NextPollReason.BACKOFF, next.reason());
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 404, 500, 502})
    void ignoresRetryAfterOnOtherStatuses(int status) {
        NextPoll next = noJitter.afterFailure(NOW, OWN, 1, Optional.of(status), Optional.of(Duration.ofHours(5)));
        assertEquals(NOW.plus(OWN), next.at());
        assertEquals(NextPollReason.BACKOFF, next.reason());
    }

    @Test
    void boundsMustBeConsistent() {
        Duration day = Duration.ofDays(1);
        assertThrows(IllegalArgumentException.class,
                () -> new PollingBounds(Duration.ofHours(2), Duration.ofHours(1), day, day));
        assertThrows(IllegalArgumentException.class, () -> new PollingBounds(Duration.ZERO, day, day, day));
        assertThrows(IllegalArgumentException.class,
                () -> new PollingBounds(Duration.ofMinutes(5), day, day, Duration.ofHours(12)));
    }

    private NextPoll answer(Optional<Double> itemsPerDay) {
        return noJitter.afterAnswer(NOW, OWN, itemsPerDay, Optional.empty(), PollHints.NONE);
    }

    private static NextPoll failure(PollSchedule schedule, int errors) {
        return schedule.afterFailure(NOW, OWN, errors, Optional.of(500), Optional.empty());
    }

    private static PollHints hints(Duration ttl, Duration updatePeriod) {
        return new PollHints(Optional.of(ttl), Optional.of(updatePeriod), Set.of(), Set.of());
    }

    private static void assertNext(Duration interval, NextPollReason reason, NextPoll next) {
        assertEquals(NOW.plus(interval), next.at(), "interval");
        assertEquals(reason, next.reason());
    }
}
