package org.feedwatch.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.feedwatch.config.FetchConfig;
import org.feedwatch.config.WebSubConfig;
import org.feedwatch.feed.Feed;
import org.feedwatch.feed.FeedRepository;
import org.feedwatch.feed.FeedStatus;
import org.feedwatch.feed.Item;
import org.feedwatch.feed.PublisherHints;
import org.feedwatch.match.ItemMatcher;

/**
 * The transactional steps of a poll. Fetching happens outside these transactions (it may take seconds); what
 * a poll stores — new and revised items, their matches, the feed's health and its next poll — commits together or
 * not at all. The administrator hears of a feed by a log line when it has failed for longer than
 * {@code feedwatch.poll.report-failing-after} (once per failing episode), when it recovers after that, and when
 * it is gone (410).
 */
@ApplicationScoped
@Transactional
public class IngestService {

    private static final Logger LOG = Logger.getLogger(IngestService.class.getName());

    /** How long a taken feed is hidden from other ticks; the poll sets the real next time well before. */
    static final Duration LEASE = Duration.ofMinutes(10);

    @Inject
    FeedRepository feeds;

    @Inject
    ItemStore items;

    @Inject
    ItemMatcher matcher;

    @Inject
    PollSchedule schedule;

    @Inject
    FetchConfig config;

    @Inject
    WebSubConfig webSub;

    @Inject
    Clock clock;

    public List<Long> leaseDue(int limit) {
        Instant now = clock.instant();
        return feeds.leaseDue(now, now.plus(LEASE), limit);
    }

    public Optional<PollTarget> target(long feedId) {
        return feeds.find(feedId).map(f -> new PollTarget(f.id(), URI.create(f.url()), f.etag(), f.lastModified()));
    }

    public PollResult stored(long feedId, FetchResponse response, ParsedFeed parsed) {
        Feed feed = feeds.find(feedId).orElseThrow(() -> new IllegalStateException("feed " + feedId + " is gone"));
        Instant now = clock.instant();
        ItemStore.StoredItems stored = items.store(feed, parsed.items(), now);
        int matches = matcher.matchAndStore(stored.added()).size() + matcher.matchRevised(stored.revised()).size();
        moveIfPermanent(feed, response);
        feed.recordHub(parsed.hubUrl(), parsed.selfUrl());
        boolean recovered = feed.recordFetched(Optional.ofNullable(parsed.title()).filter(t -> !t.isBlank()),
                response.etag(), response.lastModified(), response.status(), now);
        PollHints hints = parsed.pollHints();
        feed.recordPublisherHints(new PublisherHints(hints.ttl(), hints.updatePeriod(), hints.skipHours(),
                hints.skipDays()));
        scheduleAfterAnswer(feed, response, hints, recovered, now);
        return new PollResult(feedId, FeedStatus.OK, stored.added().size(), stored.revised().size(), matches,
                Optional.empty());
    }

    /**
     * Stores what a WebSub hub pushed, as if polled: new and revised items and their matches (the dedup key makes a
     * second delivery of the same item harmless). The feed's validators, health and schedule stay as the last poll
     * left them: a push says nothing about the feed's server.
     */
    public Optional<PollResult> pushed(long feedId, ParsedFeed parsed) {
        Optional<Feed> found = feeds.find(feedId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Feed feed = found.get();
        Instant now = clock.instant();
        ItemStore.StoredItems stored = items.store(feed, parsed.items(), now);
        int matches = matcher.matchAndStore(stored.added()).size() + matcher.matchRevised(stored.revised()).size();
        feed.webSub().pushed(now);
        return Optional.of(new PollResult(feedId, FeedStatus.OK, stored.added().size(), stored.revised().size(),
                matches, Optional.empty()));
    }

    public PollResult notModified(long feedId, FetchResponse response) {
        feeds.find(feedId).ifPresent(feed -> {
            Instant now = clock.instant();
            moveIfPermanent(feed, response);
            boolean recovered = feed.recordNotModified(now);
            PublisherHints stored = feed.publisherHints();
            scheduleAfterAnswer(feed, response, new PollHints(stored.ttl(), stored.updatePeriod(),
                    stored.skipHours(), stored.skipDays()), recovered, now);
        });
        return new PollResult(feedId, FeedStatus.NOT_MODIFIED, 0, 0, 0, Optional.empty());
    }

    public PollResult failed(long feedId, String error, Optional<Integer> httpStatus, Optional<Duration> retryAfter) {
        Optional<Feed> found = feeds.find(feedId);
        if (found.isEmpty()) {
            return PollResult.failed(feedId, FeedStatus.ERROR, error);
        }
        Feed feed = found.get();
        Instant now = clock.instant();
        if (httpStatus.filter(status -> status == 410).isPresent()) {
            feed.recordGone(error, now);
            LOG.warning(() -> "Feed " + feedId + " (" + feed.url() + ") is gone (HTTP 410) and is no longer polled;"
                    + " re-enable it with POST /api/feeds/" + feedId + "/enable if it comes back");
            return PollResult.failed(feedId, FeedStatus.GONE, error);
        }
        feed.recordFailure(error, httpStatus, now);
        NextPoll next = schedule.afterFailure(now, Duration.ofMinutes(feed.pollMinutes()),
                feed.health().consecutiveErrors(), httpStatus, retryAfter);
        feed.scheduleNext(next.at(), next.reason(), now);
        if (feed.claimFailingReport(config.reportFailingAfter(), now)) {
            LOG.warning(() -> "Feed " + feedId + " (" + feed.url() + ") has been failing since "
                    + feed.health().failingSince().orElse(now) + " (errors: " + feed.health().consecutiveErrors()
                    + " in a row); still retried, next at " + next.at() + ". Last error: " + error);
        }
        return PollResult.failed(feedId, FeedStatus.ERROR, error);
    }

    private void scheduleAfterAnswer(Feed feed, FetchResponse response, PollHints hints, boolean recovered,
            Instant now) {
        Duration window = schedule.bounds().activityWindow();
        Optional<Double> rate = PublishingRate.itemsPerDay(feeds.recentItems(feed.id(), now.minus(window)), now,
                window, feed.createdAt());
        feed.recordItemsPerDay(rate);
        NextPoll next = schedule.afterAnswer(now, Duration.ofMinutes(feed.pollMinutes()), rate, response.freshFor(),
                hints);
        Optional<Instant> pushedUntil = feed.webSub().isActive(now) ? feed.webSub().leaseExpiresAt()
                : Optional.empty();
        if (pushedUntil.isPresent()) {
            next = schedule.whilePushed(next, now, pushedUntil.get(), webSub.renewBefore(),
                    webSub.safetyNetInterval());
        }
        feed.scheduleNext(next.at(), next.reason(), now);
        if (recovered) {
            LOG.info(() -> "Feed " + feed.id() + " (" + feed.url() + ") answers again");
        }
    }

    /** A permanent redirect moves the feed, unless another feed is already at the new address. */
    private void moveIfPermanent(Feed feed, FetchResponse response) {
        String target = response.finalUri().toString();
        if (response.permanentlyMoved() && !target.equals(feed.url()) && target.length() <= 2048
                && feeds.findByUrl(target).isEmpty()) {
            feed.moveTo(target);
        }
    }
}
