package org.feedwatch.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import org.feedwatch.feed.NextPollReason;

/**
 * The polling policy: when a feed is polled next. Free of I/O, so each rule is unit-tested.
 *
 * <p>After an answer (200 or 304): one poll per expected new item (the feed's publishing rate; its own
 * {@code pollMinutes} while the rate is unknown), kept within the min and max interval. The publisher's hints —
 * HTTP freshness (Cache-Control max-age, Expires), RSS ttl, sy:updatePeriod — may only lengthen it, and never past
 * the max; skipHours/skipDays then move it out of the hours the publisher asked us to stay away, again never past
 * the max.
 *
 * <p>After a failure: exponential back-off from the feed's own interval, doubled per consecutive error, capped at
 * the max back-off and shortened at random by up to {@link #JITTER} (feeds of one host that failed together do not
 * retry together). A 429 or 503 with Retry-After waits at least that long, capped the same way. A failing feed is
 * retried at least once per max back-off for ever: only 410 Gone stops polling (see IngestService).
 */
public final class PollSchedule {

    /** The largest share by which a back-off is shortened at random. */
    static final double JITTER = 0.25;

    private final PollingBounds bounds;
    private final DoubleSupplier random;

    /** @param random uniform in [0, 1), e.g. {@code ThreadLocalRandom.current()::nextDouble} */
    public PollSchedule(PollingBounds bounds, DoubleSupplier random) {
        this.bounds = Objects.requireNonNull(bounds, "bounds");
        this.random = Objects.requireNonNull(random, "random");
    }

    public PollingBounds bounds() {
        return bounds;
    }

    /**
     * @param ownInterval the feed's {@code pollMinutes}
     * @param itemsPerDay the publishing rate; empty while unknown
     * @param freshFor    the HTTP freshness lifetime of this answer
     * @param hints       the feed document's hints (for a 304: those of the last full answer)
     */
    public NextPoll afterAnswer(Instant now, Duration ownInterval, Optional<Double> itemsPerDay,
            Optional<Duration> freshFor, PollHints hints) {
        Duration interval;
        NextPollReason reason;
        if (itemsPerDay.isEmpty()) {
            interval = ownInterval;
            reason = NextPollReason.STARTING_INTERVAL;
        } else {
            interval = expectedGap(itemsPerDay.get());
            reason = NextPollReason.PUBLISHING_RATE;
        }
        if (interval.compareTo(bounds.minInterval()) < 0) {
            reason = NextPollReason.MIN_INTERVAL;
        } else if (interval.compareTo(bounds.maxInterval()) > 0) {
            reason = NextPollReason.MAX_INTERVAL;
        }
        interval = bounds.clamp(interval);

        Candidate lengthened = new Candidate(interval, reason)
                .atLeast(freshFor, NextPollReason.HTTP_CACHE)
                .atLeast(hints.ttl(), NextPollReason.FEED_TTL)
                .atLeast(hints.updatePeriod(), NextPollReason.FEED_UPDATE_PERIOD);
        Instant at = now.plus(lengthened.interval.compareTo(bounds.maxInterval()) > 0 ? bounds.maxInterval()
                : lengthened.interval);
        reason = lengthened.reason;

        Instant allowed = hints.firstAllowed(at);
        if (!allowed.equals(at)) {
            boolean withinMax = Duration.between(now, allowed).compareTo(bounds.maxInterval()) <= 0;
            at = withinMax ? allowed : now.plus(bounds.maxInterval());
            reason = withinMax ? NextPollReason.SKIP_HOURS_OR_DAYS : NextPollReason.MAX_INTERVAL;
        }
        return new NextPoll(at, reason);
    }

    /**
     * @param ownInterval       the feed's {@code pollMinutes}: the first retry waits about that long
     * @param consecutiveErrors failures in a row, this one included (at least 1)
     * @param httpStatus        the status of the failed answer, if the server answered
     * @param retryAfter        the server's Retry-After; honoured for 429 and 503 only
     */
    public NextPoll afterFailure(Instant now, Duration ownInterval, int consecutiveErrors,
            Optional<Integer> httpStatus, Optional<Duration> retryAfter) {
        Duration backoff = ownInterval.compareTo(bounds.minInterval()) < 0 ? bounds.minInterval() : ownInterval;
        for (int doubling = 1; doubling < consecutiveErrors && backoff.compareTo(bounds.maxBackoff()) < 0;
                doubling++) {
            backoff = backoff.multipliedBy(2);
        }
        backoff = min(backoff, bounds.maxBackoff());
        long shortenBy = (long) (backoff.toMillis() * JITTER * random.getAsDouble());
        Duration jittered = backoff.minusMillis(shortenBy);
        jittered = min(bounds.maxBackoff(), jittered.compareTo(bounds.minInterval()) < 0
                ? bounds.minInterval() : jittered);

        boolean asksToWait = httpStatus.filter(status -> status == 429 || status == 503).isPresent();
        if (asksToWait && retryAfter.isPresent()) {
            Duration asked = min(retryAfter.get(), bounds.maxBackoff());
            if (asked.compareTo(jittered) > 0) {
                return new NextPoll(now.plus(asked), NextPollReason.RETRY_AFTER);
            }
        }
        return new NextPoll(now.plus(jittered), NextPollReason.BACKOFF);
    }

    /**
     * The next poll while a WebSub hub pushes the feed: the regular decision, lengthened to the safety-net interval
     * (kept within the min and max interval), but early enough that the poll renews the lease {@code renewBefore}
     * before it ends — never sooner than the min interval.
     *
     * @param regular    the decision of {@link #afterAnswer}
     * @param leaseUntil when the hub's lease ends
     */
    public NextPoll whilePushed(NextPoll regular, Instant now, Instant leaseUntil, Duration renewBefore,
            Duration safetyNet) {
        NextPoll next = regular;
        Instant safe = now.plus(bounds.clamp(safetyNet));
        if (safe.isAfter(regular.at())) {
            next = new NextPoll(safe, NextPollReason.WEBSUB_SAFETY_NET);
        }
        Instant renewAt = leaseUntil.minus(renewBefore);
        Instant earliest = now.plus(bounds.minInterval());
        if (renewAt.isBefore(next.at())) {
            next = new NextPoll(renewAt.isAfter(earliest) ? renewAt : earliest, NextPollReason.WEBSUB_RENEWAL);
        }
        return next;
    }

    /** One poll per expected item; a feed with no recent items gets the longest interval. */
    private Duration expectedGap(double itemsPerDay) {
        if (itemsPerDay <= 0) {
            return bounds.maxInterval().plusSeconds(1);
        }
        return Duration.ofSeconds(Math.round(86_400 / itemsPerDay));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** An interval and its reason; a hint longer than the interval takes over both. */
    private record Candidate(Duration interval, NextPollReason reason) {
        Candidate atLeast(Optional<Duration> hint, NextPollReason hintReason) {
            return hint.filter(value -> value.compareTo(interval) > 0)
                    .map(value -> new Candidate(value, hintReason)).orElse(this);
        }
    }
}
