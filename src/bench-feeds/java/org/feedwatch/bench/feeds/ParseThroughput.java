package org.feedwatch.bench.feeds;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.feedwatch.ingest.DedupKey;
import org.feedwatch.ingest.FeedParser;
import org.feedwatch.ingest.ParsedFeed;
import org.feedwatch.ingest.ParsedItem;

/**
 * Items per second on one thread for the same feed bytes: Rome's {@code SyndFeedInput} alone (with its
 * {@code XmlReader} for the encoding), the project's {@link FeedParser} plus {@link DedupKey}, and that plus storing
 * every item as new ({@link JdbcItemStore}). Each variant runs once to warm up, then {@code rounds} times; the median
 * round is reported.
 */
final class ParseThroughput {

    /** Median items per second of one variant, and the items one round handles. */
    record Result(String name, double itemsPerSecond, long itemsPerRound, double medianSeconds) {
    }

    @FunctionalInterface
    private interface Round {
        long run(int round) throws Exception;
    }

    private final List<byte[]> documents = new ArrayList<>();
    private final List<String> contentTypes = new ArrayList<>();
    private final List<URI> uris = new ArrayList<>();
    private final FeedParser parser = new FeedParser(Clock.systemUTC());

    ParseThroughput(FeedCorpus corpus, LocalFeedServer server, int sample) {
        for (int feed = 0; feed < sample; feed++) {
            documents.add(corpus.document(feed));
            contentTypes.add(corpus.contentType(feed));
            uris.add(server.feedUri(feed));
        }
    }

    long bytes() {
        return documents.stream().mapToLong(d -> d.length).sum();
    }

    int sample() {
        return documents.size();
    }

    Result rome(int rounds) throws Exception {
        return measure("Rome SyndFeedInput alone", rounds, round -> {
            long items = 0;
            for (byte[] document : documents) {
                SyndFeed feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(document)));
                items += feed.getEntries().size();
            }
            return items;
        });
    }

    Result feedParser(int rounds) throws Exception {
        return measure("FeedParser + DedupKey", rounds, round -> {
            long items = 0;
            for (int i = 0; i < documents.size(); i++) {
                for (ParsedItem item : parse(i).items()) {
                    DedupKey.of(item);
                    items++;
                }
            }
            return items;
        });
    }

    /** Each round stores into fresh feed rows from {@code firstFeedId} on, so every item is new. */
    Result feedParserAndStore(int rounds, JdbcItemStore store, long firstFeedId) throws Exception {
        store.addFeeds(firstFeedId, documents.size() * (rounds + 1), Instant.now());
        return measure("FeedParser + DedupKey + JDBC store (all new)", rounds, round -> {
            long items = 0;
            for (int i = 0; i < documents.size(); i++) {
                ParsedFeed parsed = parse(i);
                items += store.stored(firstFeedId + (long) round * documents.size() + i, parsed.title(), "\"x\"",
                        parsed.items(), Instant.now());
            }
            return items;
        });
    }

    private ParsedFeed parse(int i) throws Exception {
        return parser.parse(documents.get(i), Optional.of(contentTypes.get(i)), uris.get(i));
    }

    private static Result measure(String name, int rounds, Round work) throws Exception {
        long items = work.run(0);
        double[] seconds = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            long counted = work.run(r + 1);
            seconds[r] = (System.nanoTime() - start) / 1e9;
            if (counted != items) {
                throw new IllegalStateException(name + ": round " + (r + 1) + " handled " + counted
                        + " items, the warm-up " + items);
            }
        }
        Arrays.sort(seconds);
        double median = seconds[rounds / 2];
        return new Result(name, items / median, items, median);
    }
}
