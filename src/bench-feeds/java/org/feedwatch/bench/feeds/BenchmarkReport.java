package org.feedwatch.bench.feeds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the results into the "Feed polling" section of BENCHMARKS.md and puts it into the file: the section is
 * replaced when it is there (up to the next "## " heading), appended otherwise, so other sections stay untouched.
 */
final class BenchmarkReport {

    static final String HEADING = "## Feed polling";
    static final String COMMAND = "mvn -B -Pbenchmark-feeds process-test-classes";

    private final int feeds;
    private final int concurrency;
    private final FeedCorpus corpus;
    private final List<String> cycleRows = new ArrayList<>();
    private final List<String> throughputRows = new ArrayList<>();
    private String sample = "";

    BenchmarkReport(int feeds, int concurrency, FeedCorpus corpus) {
        this.feeds = feeds;
        this.concurrency = concurrency;
        this.corpus = corpus;
    }

    void cycle(PollCycle.Result r, int perHost) {
        cycleRows.add(String.format(Locale.ROOT, "| %s | %d | %.2f s | %.1f s | %d / %d / %d | %,d | %,d | %,.0f |",
                r.name(), perHost, r.wallSeconds(), r.cpuSeconds(), r.ok(), r.notModified(), r.failed(), r.items(),
                r.itemsStored(), r.feeds() / r.wallSeconds())
                + (r.firstError().isEmpty() ? "" : " first error: " + r.firstError() + " |"));
    }

    void sample(int feedsInSample, long bytes, int rounds) {
        sample = String.format(Locale.ROOT, "%d feeds, %,d bytes uncompressed, median of %d rounds after one"
                + " warm-up round", feedsInSample, bytes, rounds);
    }

    void throughput(ParseThroughput.Result r) {
        throughputRows.add(String.format(Locale.ROOT, "| %s | %,d | %.2f s | %,.0f |", r.name(), r.itemsPerRound(),
                r.medianSeconds(), r.itemsPerSecond()));
    }

    String markdown(String loadBefore, String loadAfter) {
        long averageGzip = 0;
        long averagePlain = 0;
        for (int i = 0; i < Math.min(feeds, 200); i++) {
            averageGzip += corpus.gzipped(i).length;
            averagePlain += corpus.document(i).length;
        }
        int probed = Math.min(feeds, 200);
        StringBuilder md = new StringBuilder();
        md.append(HEADING).append("\n\n")
                .append("Command: `").append(COMMAND).append("` (options: `-Dbench.feeds=5000 -Dbench.concurrency=8")
                .append(" -Dbench.sample=250 -Dbench.rounds=3`).\n\n")
                .append(String.format(Locale.ROOT, "Machine: %d cores (`nproc`), %s, Java %s (%s), heap max %d MB;"
                        + " load average (1/5/15 min) before the run %s, after %s.%n%n",
                        Runtime.getRuntime().availableProcessors(), cpuModel(), System.getProperty("java.version"),
                        System.getProperty("java.vm.name"), Runtime.getRuntime().maxMemory() >> 20, loadBefore,
                        loadAfter))
                .append(String.format(Locale.ROOT, "Corpus: %d generated feeds on one local server (127.0.0.1,"
                        + " JDK HttpServer in the same JVM), half RSS 2.0, half Atom 1.0, %d items each, about %,d"
                        + " bytes per feed (%,d gzipped, served gzipped with an ETag). Before each measured cycle 40 %%"
                        + " of the feeds publish %d new items, the other 60 %% answer 304 to the conditional GET.%n%n",
                        feeds, FeedCorpus.ITEMS_PER_FEED, averagePlain / probed, averageGzip / probed,
                        FeedCorpus.NEW_ITEMS_PER_VERSION))
                .append(String.format(Locale.ROOT, "### One poll cycle of %d feeds, %d threads%n%n", feeds,
                        concurrency))
                .append("| cycle | per-host limit | wall | CPU (whole JVM) | 200 / 304 / failed | items parsed"
                        + " | items stored | feeds/s |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        cycleRows.forEach(row -> md.append(row).append('\n'));
        md.append("\n### Items per second on one thread, same bytes (").append(sample).append(")\n\n")
                .append("| variant | items per round | median round | items/s |\n|---|---|---|---|\n");
        throughputRows.forEach(row -> md.append(row).append('\n'));
        md.append('\n').append(READING).append('\n');
        return md.toString();
    }

    static final String READING = """
            Reading: the cycles use the real `FeedFetcher` (java.net.http, address guard allowing only the \
            server's 127.0.0.1:port, gzip, body caps), `FeedParser` (encoding detection, Rome, jsoup sanitising, \
            text extraction) and `DedupKey` on a fixed pool the size of `feedwatch.poll.concurrency`; the per-host \
            limit matters here only because all 5,000 feeds share one host, which real feed lists do not. The first cycle primes the ETags (every feed answers 200) and is not stored; the database is then \
            seeded, unmeasured, with the items of the feeds that change, so the "store" cycle finds 17 of each \
            changed feed's 20 items known and inserts 3. "Store" rows approximate `IngestService`/`ItemStore` with plain JDBC into embedded Derby on disk (the \
            application's Flyway schema; per feed one transaction: read the feed, look up the batch's dedup keys, \
            insert each new item and its enclosures, update the feed; a 304 updates the feed row). They leave out \
            JPA's own overhead, the Lucene rule matching that runs in the same transaction, the EJB timer and \
            lease queries, the managed executor and Liberty's connection pool, so the real cycle is slower than \
            these rows; the fetch+parse rows are a floor for any cycle. Loopback has no network latency or \
            bandwidth limit, and the server shares the two cores with the client, so "CPU (whole JVM)" includes \
            the server's work. Each cycle ran once; the machine is shared, so treat differences under ~15 % as \
            noise.""";

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    /** Replaces the "Feed polling" section of {@code file}, or appends it; creates the file when missing. */
    static void writeSection(Path file, String section) throws IOException {
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Benchmarks\n\n";
        int start = text.indexOf(HEADING + "\n");
        if (start < 0) {
            text = text.endsWith("\n\n") ? text + section : text.stripTrailing() + "\n\n" + section;
        } else {
            int next = text.indexOf("\n## ", start + HEADING.length());
            text = text.substring(0, start) + section + (next < 0 ? "" : "\n" + text.substring(next + 1));
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
