package org.feedwatch.ingest;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.feedwatch.config.FetchConfig;

/**
 * Polls feeds: the timer's tick hands due feeds to the managed executor, several at once but never more than
 * {@code feedwatch.poll.concurrency} (and, inside the fetcher, never more than
 * {@code feedwatch.fetch.per-host-concurrency} to one host); the API polls one feed synchronously. A failure of
 * one feed is recorded on that feed and stops nothing else.
 */
@ApplicationScoped
public class FeedPoller {

    private static final Logger LOG = Logger.getLogger(FeedPoller.class.getName());

    @Inject
    IngestService ingest;

    @Inject
    FeedFetcher fetcher;

    @Inject
    FeedParser parser;

    @Inject
    FetchConfig config;

    /** Observed by the WebSub subscriber, which (re)subscribes when the feed advertises a hub; never throws. */
    @Inject
    Event<FeedPolled> polled;

    @Resource(lookup = "concurrent/feedwatch")
    ManagedExecutorService executor;

    private Semaphore slots;

    @PostConstruct
    void init() {
        slots = new Semaphore(config.pollConcurrency());
    }

    /** Starts polls for as many due feeds as there are free slots; returns how many were started. */
    public int pollDue() {
        int free = slots.availablePermits();
        if (free == 0 || !config.scheduledPolling()) {
            return 0;
        }
        List<Long> due = ingest.leaseDue(free);
        int started = 0;
        for (Long feedId : due) {
            if (!slots.tryAcquire()) {
                break; // the lease runs out and a later tick takes the rest
            }
            try {
                executor.execute(() -> {
                    try {
                        poll(feedId);
                    } finally {
                        slots.release();
                    }
                });
                started++;
            } catch (RejectedExecutionException e) {
                slots.release();
                LOG.warning(() -> "Poll of feed " + feedId + " not started: " + e.getMessage());
            }
        }
        return started;
    }

    /** Fetches, parses and stores one feed now, on the calling thread. */
    public Optional<PollResult> poll(long feedId) {
        Optional<PollTarget> target = ingest.target(feedId);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        PollResult result = poll(target.get());
        try {
            polled.fire(new FeedPolled(feedId));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "After the poll of feed " + feedId + ": an observer failed", e);
        }
        return Optional.of(result);
    }

    private PollResult poll(PollTarget target) {
        long id = target.feedId();
        try {
            FetchResponse response = fetcher.fetch(target.url(), target.etag(), target.lastModified());
            if (response.notModified()) {
                return ingest.notModified(id, response);
            }
            ParsedFeed parsed = parser.parse(response.body(), response.contentType(), response.finalUri());
            return ingest.stored(id, response, parsed);
        } catch (FeedFetchException e) {
            Optional<Integer> status = e.httpStatus().isPresent()
                    ? Optional.of(e.httpStatus().getAsInt()) : Optional.empty();
            return ingest.failed(id, e.getMessage(), status, e.retryAfter());
        } catch (FeedParseException e) {
            return ingest.failed(id, e.getMessage(), Optional.empty(), Optional.empty());
        } catch (RuntimeException e) {
            // A bug or a database problem while storing: record it on the feed, keep the others going.
            LOG.log(Level.WARNING, "Poll of feed " + id + " (" + target.url() + ") failed", e);
            return ingest.failed(id, "internal error while storing the feed: " + e, Optional.empty(),
                    Optional.empty());
        }
    }
}
