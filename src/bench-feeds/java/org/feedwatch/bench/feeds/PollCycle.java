package org.feedwatch.bench.feeds;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.feedwatch.ingest.DedupKey;
import org.feedwatch.ingest.FeedFetchException;
import org.feedwatch.ingest.FeedFetcher;
import org.feedwatch.ingest.FeedParseException;
import org.feedwatch.ingest.FeedParser;
import org.feedwatch.ingest.FetchResponse;
import org.feedwatch.ingest.ParsedFeed;
import org.feedwatch.ingest.ParsedItem;

/**
 * One poll cycle over every feed the server has, as {@code FeedPoller.poll} does it for one feed (conditional GET
 * with the ETag of the previous answer, parse, dedup keys, optionally store), on a fixed pool of {@code threads}.
 * The ETags it receives are kept for the next cycle.
 */
final class PollCycle {

    /** What one cycle did and how long it took; {@code cpuSeconds} is the whole JVM's, the server included. */
    record Result(String name, int feeds, double wallSeconds, double cpuSeconds, int ok, int notModified,
                  int failed, long items, long itemsStored, long bytes, String firstError) {
    }

    private final LocalFeedServer server;
    private final FeedParser parser = new FeedParser(Clock.systemUTC());
    private final String[] etags;

    PollCycle(LocalFeedServer server, int feeds) {
        this.server = server;
        this.etags = new String[feeds];
    }

    Result run(String name, FeedFetcher fetcher, int threads, Optional<JdbcItemStore> store) throws Exception {
        return run(name, fetcher, threads, store, null);
    }

    /** @param seen when not null, receives the parsed items of every feed that answered 200, by feed id */
    Result run(String name, FeedFetcher fetcher, int threads, Optional<JdbcItemStore> store,
               Map<Long, List<ParsedItem>> seen) throws Exception {
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger notModified = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong items = new AtomicLong();
        AtomicLong stored = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>("");
        List<Callable<Void>> polls = new ArrayList<>(etags.length);
        for (int i = 0; i < etags.length; i++) {
            int feed = i;
            polls.add(() -> {
                try {
                    FetchResponse response = fetcher.fetch(server.feedUri(feed), Optional.ofNullable(etags[feed]),
                            Optional.empty());
                    etags[feed] = response.etag().orElse(null);
                    if (response.notModified()) {
                        notModified.incrementAndGet();
                        if (store.isPresent()) {
                            store.get().notModified(feed + 1, Instant.now());
                        }
                        return null;
                    }
                    bytes.addAndGet(response.body().length);
                    ParsedFeed parsed = parser.parse(response.body(), response.contentType(), response.finalUri());
                    if (seen != null) {
                        seen.put(feed + 1L, parsed.items());
                    }
                    if (store.isPresent()) {
                        stored.addAndGet(store.get().stored(feed + 1, parsed.title(), etags[feed], parsed.items(),
                                Instant.now()));
                    } else {
                        for (ParsedItem item : parsed.items()) {
                            DedupKey.of(item);
                        }
                    }
                    items.addAndGet(parsed.items().size());
                    ok.incrementAndGet();
                } catch (FeedFetchException | FeedParseException | java.sql.SQLException | RuntimeException e) {
                    failed.incrementAndGet();
                    firstError.compareAndSet("", describe(e));
                }
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long cpuBefore = processCpuNanos();
            long start = System.nanoTime();
            for (Future<Void> poll : pool.invokeAll(polls)) {
                poll.get();
            }
            double wall = (System.nanoTime() - start) / 1e9;
            double cpu = (processCpuNanos() - cpuBefore) / 1e9;
            return new Result(name, etags.length, wall, cpu, ok.get(), notModified.get(), failed.get(), items.get(),
                    stored.get(), bytes.get(), firstError.get());
        } finally {
            pool.shutdown();
        }
    }

    /** The exception and the benchmark's own frame it came through, so a report says which step failed. */
    private static String describe(Exception e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("org.feedwatch.")) {
                return e + " (in " + frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1)
                        + "." + frame.getMethodName() + ")";
            }
        }
        return e.toString();
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
