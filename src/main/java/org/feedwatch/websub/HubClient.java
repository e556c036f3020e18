package org.feedwatch.websub;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.feedwatch.ingest.FeedFetchException;
import org.feedwatch.ingest.FeedFetcher;
import org.feedwatch.ingest.FeedPolled;

/**
 * Talks to hubs: after every poll it sends the subscribe request the feed needs (new hub, renewal, retry), and when
 * a feed is deleted it sends the unsubscribe request in the background. Every request goes through the one guarded
 * {@link FeedFetcher} (address guard, per-host limit, timeouts): a hub URL is hostile input like any feed URL.
 */
@ApplicationScoped
public class HubClient {

    private static final Logger LOG = Logger.getLogger(HubClient.class.getName());

    @Inject
    WebSubService webSub;

    @Inject
    FeedFetcher fetcher;

    @Resource(lookup = "concurrent/feedwatch")
    ManagedExecutorService executor;

    /** After a poll (on the polling thread, outside its transaction): subscribe when it is due. Never throws. */
    void afterPoll(@Observes FeedPolled polled) {
        try {
            webSub.subscribeRequest(polled.feedId()).ifPresent(request ->
                    webSub.recordAnswer(request, send(request)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "WebSub subscription of feed " + polled.feedId() + " failed", e);
        }
    }

    /** Sends the unsubscribe request of a deleted feed in the background; the outcome is only logged. */
    public void unsubscribeLater(HubRequest request) {
        try {
            executor.execute(() -> send(request).ifPresent(error -> LOG.info(() -> "Feed " + request.feedId()
                    + " was deleted, but its hub did not take the unsubscribe request: " + error)));
        } catch (RejectedExecutionException e) {
            LOG.info(() -> "Feed " + request.feedId() + " was deleted; its hub subscription is left to lapse: "
                    + e.getMessage());
        }
    }

    /** @return empty when the hub accepted the request (any 2xx), else what went wrong */
    private Optional<String> send(HubRequest request) {
        try {
            int status = fetcher.postForm(request.hub(), request.form());
            if (status >= 200 && status < 300) {
                return Optional.empty();
            }
            return Optional.of("the hub " + request.hub() + " answered the " + request.mode() + " request with HTTP "
                    + status);
        } catch (FeedFetchException e) {
            return Optional.of("the hub could not be asked: " + e.getMessage());
        }
    }
}
