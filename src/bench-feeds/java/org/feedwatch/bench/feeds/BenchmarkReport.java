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
    private final List<PollCycle.Result> cycles = new ArrayList<>();
    private final List<ParseThroughput.Result> rates = new ArrayList<>();
    private final List<String> cycleRows = new ArrayList<>();
    private final List<String> throughputRows = new ArrayList<>();
    private String sample = "";

    BenchmarkReport(int feeds, int concurrency, FeedCorpus corpus) {
        this.feeds = feeds;
        this.concurrency = concurrency;
        this.corpus = corpus;
    }

    void cycle(PollCycle.Result r, int perHost) {
        cycles.add(r);
        cycleRows.add(String.format(Locale.ROOT, "| %s | %d | %.2f s | %.1f s | %d / %d / %d | %,d | %,d | %,.0f |",
                r.name(), perHost, r.wallSeconds(), r.cpuSeconds(), r.ok(), r.notModified(), r.failed(), r.items(),
                r.itemsStored(), r.feeds() / r.wallSeconds()));
    }

    void sample(int feedsInSample, long bytes, int rounds) {
        sample = String.format(Locale.ROOT, "%d feeds, %,d bytes uncompressed, median of %d rounds after one"
                + " warm-up round", feedsInSample, bytes, rounds);
    }

    void throughput(ParseThroughput.Result r) {
        rates.add(r);
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
        for (PollCycle.Result r : cycles) {
            if (r.failed() > 0) {
                md.append("\n").append(r.name()).append(": ").append(r.failed()).append(" failed, the first with `")
                        .append(r.firstError()).append("`.\n");
            }
        }
        md.append("\n### Items per second on one thread, same bytes (").append(sample).append(")\n\n")
                .append("| variant | items per round | median round | items/s |\n|---|---|---|---|\n");
        throughputRows.forEach(row -> md.append(row).append('\n'));
        md.append('\n').append(reading()).append("\n\n").append(METHOD).append('\n');
        return md.toString();
    }

    static final String METHOD = """
            What it measures: the cycles use the real `FeedFetcher` (java.net.http, address guard allowing only \
            the server's 127.0.0.1:port, gzip, body caps), `FeedParser` (encoding detection, Rome, jsoup \
            sanitising, text extraction) and `DedupKey` on a fixed pool the size of `feedwatch.poll.concurrency`. \
            The per-host limit matters here only because all feeds share one host, which real feed lists do not. \
            The first cycle primes the ETags (every feed answers 200) and is not stored; the database is then \
            seeded, unmeasured, with the items of the feeds that change, so the store cycle finds 17 of each \
            changed feed's 20 items known and inserts 3. The store rows approximate `IngestService`/`ItemStore` \
            with plain JDBC into embedded Derby on disk (the application's Flyway schema; per feed one \
            transaction: read the feed, look up the batch's dedup keys, insert each new item with its generated \
            id and its enclosures, update the feed; a 304 reads and updates the feed row).

            What it leaves out: JPA/EclipseLink's own work, the Lucene rule matching that runs in the same \
            transaction, the EJB timer and lease queries, the managed executor, Liberty's connection pool and \
            PostgreSQL; so the real cycle is slower than the store rows, and the fetch+parse rows are a floor for \
            any cycle. Loopback has no latency or bandwidth limit, the server shares the two cores with the \
            client (its work is in the CPU column), every feed is polled in one go (production spreads them over \
            their intervals) and each cycle ran once on a shared machine: treat differences under ~15 % as noise.""";

    /** The numbers that answer the questions, in words; expects the runs in the order main makes them. */
    private String reading() {
        if (cycles.size() < 4 || rates.size() < 3) {
            return "Reading: incomplete run.";
        }
        PollCycle.Result stored = cycles.get(1);
        PollCycle.Result wide = cycles.get(2);
        PollCycle.Result narrow = cycles.get(3);
        double rome = rates.get(0).itemsPerSecond();
        double parser = rates.get(1).itemsPerSecond();
        double withStore = rates.get(2).itemsPerSecond();
        return String.format(Locale.ROOT, "Reading: with 60 %% of the feeds answering 304, one cycle of %d feeds"
                + " took %.1f s to fetch and parse (%,.0f items/s on %d threads, %.1f of the 2 cores busy on"
                + " average) and %.1f s with storing; with the"
                + " default per-host limit of 2 on this one-host corpus it took %.1f s. On one thread FeedParser +"
                + " DedupKey reaches %.0f %% of Rome's rate on the same bytes (%,.0f vs %,.0f items/s: encoding"
                + " detection, a second look at the XML tree, HTML sanitising and text extraction: %.1f× Rome's"
                + " time), and storing every item as new brings it to %,.0f items/s.%s",
                stored.feeds(), wide.wallSeconds(), wide.items() / wide.wallSeconds(), concurrency,
                wide.cpuSeconds() / wide.wallSeconds(),
                stored.wallSeconds(), narrow.wallSeconds(), 100 * parser / rome, parser, rome,
                rome / parser, withStore,
                stored.failed() > 0 ? " " + stored.failed() + " feeds failed while storing: Derby lock timeouts"
                        + " between concurrent item inserts; the server would record such an error on the feed and"
                        + " poll it again later." : "");
    }

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
