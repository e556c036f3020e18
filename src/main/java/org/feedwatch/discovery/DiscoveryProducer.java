package org.feedwatch.discovery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.feedwatch.config.FetchConfig;
import org.feedwatch.ingest.FeedFetcher;
import org.feedwatch.ingest.FeedParser;

/** Builds the discovery on the server's one fetcher and parser. */
@ApplicationScoped
public class DiscoveryProducer {

    /** Probing common paths may take about as long as one more fetch may (plus the probe under way). */
    @Produces
    @Singleton
    FeedDiscovery discovery(FeedFetcher fetcher, FeedParser parser, FetchConfig config, Clock clock) {
        return new FeedDiscovery(fetcher, parser, config.totalTimeout(), clock);
    }
}
