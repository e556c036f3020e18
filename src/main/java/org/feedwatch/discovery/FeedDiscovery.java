package org.feedwatch.discovery;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.feedwatch.ingest.FeedFetchException;
import org.feedwatch.ingest.FeedFetcher;
import org.feedwatch.ingest.FeedParseException;
import org.feedwatch.ingest.FeedParser;
import org.feedwatch.ingest.FetchResponse;
import org.feedwatch.ingest.ParsedFeed;

/**
 * Finds the feed behind an address. The address is fetched with the server's one {@link FeedFetcher} (address
 * guard, size cap, deadline and redirect limit included). It is a feed when {@link FeedParser} reads it, whatever
 * the Content-Type says (feeds served as text/html are common). Otherwise, when it is an HTML page (by Content-Type
 * or by its first markup), its alternate links are read; only when it links no feed are {@link #COMMON_PATHS} tried
 * on the page's own site, in order, until one parses as a feed. Probing stops once {@code probeBudget} has passed
 * (each probe is bounded by the fetcher's deadline), so one slow site cannot hold a request for minutes.
 * Thread-safe.
 */
public final class FeedDiscovery {

    /** Where sites commonly put their feed, tried in this order when a page links none. */
    public static final List<String> COMMON_PATHS = List.of("/feed", "/rss", "/rss.xml", "/atom.xml", "/feed.xml",
            "/index.xml", "/feeds/posts/default");

    private final FeedFetcher fetcher;
    private final FeedParser parser;
    private final Duration probeBudget;
    private final Clock clock;

    public FeedDiscovery(FeedFetcher fetcher, FeedParser parser, Duration probeBudget, Clock clock) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.probeBudget = Objects.requireNonNull(probeBudget, "probeBudget");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Discovery discover(URI address) {
        FetchResponse page;
        try {
            page = fetcher.fetch(address, Optional.empty(), Optional.empty());
        } catch (FeedFetchException e) {
            return new Discovery.Unchecked(e.getMessage());
        }
        try {
            parser.parse(page.body(), page.contentType(), page.finalUri());
            return new Discovery.IsAFeed();
        } catch (FeedParseException notAFeed) {
            if (!HtmlSniffer.isHtml(page.body(), page.contentType())) {
                return new Discovery.Unchecked(notAFeed.getMessage());
            }
        }
        URI pageUri = page.finalUri();
        List<FeedChoice> linked = FeedLinks.in(page.body(), page.contentType(), pageUri);
        if (linked.size() == 1) {
            return new Discovery.Found(linked.get(0), pageUri, Discovery.How.LINK);
        }
        if (linked.size() > 1) {
            return new Discovery.Several(pageUri, linked);
        }
        return probeCommonPaths(pageUri);
    }

    private Discovery probeCommonPaths(URI pageUri) {
        Instant giveUpAt = clock.instant().plus(probeBudget);
        for (String path : COMMON_PATHS) {
            if (clock.instant().isAfter(giveUpAt)) {
                break;
            }
            URI candidate = pageUri.resolve(path);
            if (candidate.equals(pageUri)) {
                continue;                                       // the page itself is already known not to be a feed
            }
            Optional<FeedChoice> feed = probe(candidate);
            if (feed.isPresent()) {
                return new Discovery.Found(feed.get(), pageUri, Discovery.How.COMMON_PATH);
            }
        }
        return new Discovery.NoneFound(pageUri);
    }

    private Optional<FeedChoice> probe(URI candidate) {
        FetchResponse response;
        try {
            response = fetcher.fetch(candidate, Optional.empty(), Optional.empty());
        } catch (FeedFetchException e) {
            return Optional.empty();                            // 404, refused address, timeout: not here
        }
        return readAsFeed(response).map(feed -> new FeedChoice(candidate.toString(), Optional.of(feed.title()),
                response.contentType().map(FeedLinks::mediaType).filter(type -> !type.isEmpty())));
    }

    private Optional<ParsedFeed> readAsFeed(FetchResponse response) {
        try {
            return Optional.of(parser.parse(response.body(), response.contentType(), response.finalUri()));
        } catch (FeedParseException notAFeed) {
            return Optional.empty();
        }
    }
}
