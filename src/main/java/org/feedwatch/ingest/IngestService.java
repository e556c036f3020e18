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
import org.feedwatch.config.FetchConfig;
import org.feedwatch.feed.Feed;
import org.feedwatch.feed.FeedRepository;
import org.feedwatch.feed.FeedStatus;
import org.feedwatch.match.ItemMatcher;

/**
 * The transactional steps of a poll. Fetching happens outside these transactions (it may take seconds); what
 * a poll stores — new and revised items, their matches and the feed's status — commits together or not at all.
 */
@ApplicationScoped
@Transactional
public class IngestService {

    /** How long a taken feed is hidden from other ticks; the poll sets the real next time well before. */
    static final Duration LEASE = Duration.ofMinutes(10);

    @Inject
    FeedRepository feeds;

    @Inject
    ItemStore items;

    @Inject
    ItemMatcher matcher;

    @Inject
    FetchConfig config;

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
        feed.recordFetched(newUrl(feed, response), Optional.ofNullable(parsed.title()).filter(t -> !t.isBlank()),
                response.etag(), response.lastModified(), response.status(), now);
        return new PollResult(feedId, FeedStatus.OK, stored.added().size(), stored.revised().size(), matches,
                Optional.empty());
    }

    /** A permanent redirect moves the feed, unless another feed is already at the new address. */
    private String newUrl(Feed feed, FetchResponse response) {
        String target = response.finalUri().toString();
        if (!response.permanentlyMoved() || target.equals(feed.url()) || target.length() > 2048
                || feeds.findByUrl(target).isPresent()) {
            return feed.url();
        }
        return target;
    }

    public PollResult notModified(long feedId) {
        feeds.find(feedId).ifPresent(f -> f.recordNotModified(clock.instant()));
        return new PollResult(feedId, FeedStatus.NOT_MODIFIED, 0, 0, 0, Optional.empty());
    }

    public PollResult failed(long feedId, String error, Optional<Integer> httpStatus, Optional<Duration> retryAfter) {
        feeds.find(feedId).ifPresent(f -> f.recordFailure(error, httpStatus, retryAfter, config.maxBackoff(),
                clock.instant()));
        return PollResult.failed(feedId, error);
    }
}
