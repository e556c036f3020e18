package org.feedwatch.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.feedwatch.match.RuleHit;

/**
 * The figures a benchmark fork measures besides its score (matches per item, index heap, ...), written to
 * {@code <dir>/<engine>-<corpus>-<rules>.properties} so that {@link BenchmarkMain}, which runs in another JVM, can put
 * them into the table. The directory is the system property {@value #DIR_PROPERTY} (default
 * {@code target/benchmark}).
 */
final class BenchStats {

    static final String DIR_PROPERTY = "feedwatch.bench.dir";

    private final String engine;
    private final NewsCorpus.Scope scope;
    private final int rules;
    private final Properties values;

    private BenchStats(String engine, NewsCorpus.Scope scope, int rules, Properties values) {
        this.engine = engine;
        this.scope = scope;
        this.rules = rules;
        this.values = values;
    }

    /** The match figures of one run over the items: what {@code hits} holds, item by item. */
    static BenchStats of(String engine, NewsCorpus.Scope scope, int rules, List<List<RuleHit>> hits,
            long watchlistRuleId) {
        long matches = 0;
        int matchedItems = 0;
        int watchlistItems = 0;
        for (List<RuleHit> itemHits : hits) {
            matches += itemHits.size();
            matchedItems += itemHits.isEmpty() ? 0 : 1;
            watchlistItems += itemHits.stream().anyMatch(h -> h.ruleId() == watchlistRuleId) ? 1 : 0;
        }
        BenchStats stats = new BenchStats(engine, scope, rules, new Properties());
        stats.put("items", hits.size());
        stats.put("matchesPerItem", (double) matches / hits.size());
        stats.put("matchedShare", (double) matchedItems / hits.size());
        stats.put("watchlistShare", (double) watchlistItems / hits.size());
        return stats;
    }

    void put(String name, double value) {
        values.setProperty(name, String.format(Locale.ROOT, "%.4f", value));
    }

    Optional<Double> get(String name) {
        return Optional.ofNullable(values.getProperty(name)).map(Double::valueOf);
    }

    /** Refuses figures that say the benchmark measured nothing real. */
    void requireSensible(double minMatchedShare) {
        double matchedShare = get("matchedShare").orElseThrow();
        double watchlistShare = get("watchlistShare").orElseThrow();
        double matchesPerItem = get("matchesPerItem").orElseThrow();
        if (matchedShare < minMatchedShare || watchlistShare == 0 || matchesPerItem > 0.2 * (rules + 1)) {
            throw new IllegalStateException(String.format(Locale.ROOT, "%s, %s, %d rules: %.1f%% of items"
                    + " matched a rule, %.1f%% the watchlist, %.2f matches per item: the corpus or the rules are"
                    + " broken (expected at least %.0f%%, some watchlist hits, and rules that are not trivially"
                    + " true)", engine, scope, rules, 100 * matchedShare, 100 * watchlistShare, matchesPerItem,
                    100 * minMatchedShare));
        }
    }

    void write() {
        Path file = dir().resolve(fileName(engine, scope, rules));
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                values.store(out, engine + ", " + scope + ", " + rules + " keyword rules + 1 watchlist");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The figures a fork wrote for {@code engine} and {@code rules}, if it got that far. */
    static Optional<BenchStats> read(Path dir, String engine, NewsCorpus.Scope scope, int rules) {
        Path file = dir.resolve(fileName(engine, scope, rules));
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties values = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return Optional.of(new BenchStats(engine, scope, rules, values));
    }

    private static String fileName(String engine, NewsCorpus.Scope scope, int rules) {
        return engine + "-" + scope + "-" + rules + ".properties";
    }

    static Path dir() {
        return Paths.get(System.getProperty(DIR_PROPERTY, "target/benchmark"));
    }
}
