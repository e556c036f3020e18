package org.feedwatch.bench.feeds;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.feedwatch.ingest.AddressGuard;
import org.feedwatch.ingest.FeedFetcher;
import org.feedwatch.ingest.FetchSettings;
import org.feedwatch.ingest.ParsedItem;

/**
 * Runs the feed-polling benchmark and writes its table into BENCHMARKS.md (section "Feed polling"). Settings, as
 * system properties: {@code bench.feeds} (5000), {@code bench.concurrency} (8, the default
 * feedwatch.poll.concurrency), {@code bench.sample} (feeds in the single-thread comparison, 250),
 * {@code bench.rounds} (3), {@code bench.output} (BENCHMARKS.md), {@code bench.work} (target/bench-feeds).
 */
public final class FeedPollingBenchmark {

    private FeedPollingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int feeds = Integer.getInteger("bench.feeds", 5_000);
        int concurrency = Integer.getInteger("bench.concurrency", 8);
        int sample = Math.min(feeds, Integer.getInteger("bench.sample", 250));
        int rounds = Integer.getInteger("bench.rounds", 3);
        Path output = Path.of(System.getProperty("bench.output", "BENCHMARKS.md"));
        Path work = Path.of(System.getProperty("bench.work", "target/bench-feeds"));
        String loadBefore = BenchmarkReport.loadAverage();

        log("generating " + feeds + " feeds");
        FeedCorpus corpus = new FeedCorpus(feeds);
        deleteTree(work);
        Files.createDirectories(work);
        try (LocalFeedServer server = new LocalFeedServer(corpus, concurrency);
             JdbcItemStore store = new JdbcItemStore(work.resolve("derby"))) {
            store.addFeeds(1, feeds, Instant.now());
            FeedFetcher wide = fetcher(server, concurrency);
            FeedFetcher narrow = fetcher(server, FetchSettings.DEFAULT_PER_HOST_CONCURRENCY);
            PollCycle cycle = new PollCycle(server, feeds);
            BenchmarkReport report = new BenchmarkReport(feeds, concurrency, corpus);

            Map<Long, List<ParsedItem>> seen = new ConcurrentHashMap<>();
            report.cycle(log(cycle.run("first poll (all 200, ETags primed), not stored", wide, concurrency,
                    Optional.empty(), seen)), concurrency);
            seen.keySet().removeIf(feedId -> !FeedCorpus.changes((int) (feedId - 1)));
            log("seeding the database with the " + seen.size() + " changing feeds' items (not measured)");
            store.seed(seen, Instant.now());
            seen.clear();
            corpus.advance();
            report.cycle(log(cycle.run("fetch + parse + store", wide, concurrency, Optional.of(store))),
                    concurrency);
            corpus.advance();
            report.cycle(log(cycle.run("fetch + parse", wide, concurrency, Optional.empty())), concurrency);
            corpus.advance();
            report.cycle(log(cycle.run("fetch + parse", narrow, concurrency, Optional.empty())),
                    FetchSettings.DEFAULT_PER_HOST_CONCURRENCY);

            ParseThroughput throughput = new ParseThroughput(corpus, server, sample);
            report.sample(throughput.sample(), throughput.bytes(), rounds);
            report.throughput(log(throughput.rome(rounds)));
            report.throughput(log(throughput.feedParser(rounds)));
            report.throughput(log(throughput.feedParserAndStore(rounds, store, feeds + 1_000L)));

            String section = report.markdown(loadBefore, BenchmarkReport.loadAverage());
            System.out.println();
            System.out.println(section);
            BenchmarkReport.writeSection(output, section);
            log("written to " + output.toAbsolutePath());
        }
    }

    private static FeedFetcher fetcher(LocalFeedServer server, int perHost) {
        FetchSettings settings = new FetchSettings(Duration.ofSeconds(10), Duration.ofSeconds(15),
                Duration.ofSeconds(30), 10_485_760L, 5, "Feedwatch-benchmark/1.0", Set.of(server.hostPort()),
                perHost);
        return new FeedFetcher(settings, new AddressGuard(Set.of(server.hostPort())));
    }

    private static <T> T log(T result) {
        System.out.println("[bench] " + result);
        return result;
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
