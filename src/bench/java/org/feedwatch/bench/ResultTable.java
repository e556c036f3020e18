package org.feedwatch.bench;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/** The JMH scores and each fork's {@link BenchStats}, one row per corpus and number of keyword rules. */
final class ResultTable {

    private record Score(double value, double error) {
    }

    /** A row: the corpus and the number of keyword rules. */
    private record Row(NewsCorpus.Scope corpus, int rules) implements Comparable<Row> {
        @Override
        public int compareTo(Row other) {
            int byCorpus = corpus.compareTo(other.corpus);
            return byCorpus != 0 ? byCorpus : Integer.compare(rules, other.rules);
        }
    }

    private final Map<Row, Map<String, Score>> scores = new TreeMap<>();
    private final Path dir;

    private ResultTable(Path dir) {
        this.dir = dir;
    }

    static ResultTable of(Collection<RunResult> results, Path dir) {
        ResultTable table = new ResultTable(dir);
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            String engine = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            Row row = new Row(NewsCorpus.Scope.valueOf(result.getParams().getParam("corpus")),
                    Integer.parseInt(result.getParams().getParam("rules")));
            Result<?> primary = result.getPrimaryResult();
            table.scores.computeIfAbsent(row, r -> new TreeMap<>())
                    .put(engine, new Score(primary.getScore(), primary.getScoreError()));
        }
        return table;
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| corpus | keyword rules (+ 1 watchlist of 1,200) | presearcher items/s (wall)")
                .append(" | presearcher items/CPU-s (thread / JVM) | brute force items/s (wall)")
                .append(" | brute force items/CPU-s (thread / JVM) | presearcher ÷ brute force (JVM CPU)")
                .append(" | matches per item | items matching | watchlist hits")
                .append(" | rule index heap (built / after matching every item once) |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        scores.forEach((row, byEngine) -> {
            Optional<BenchStats> presearcher = BenchStats.read(dir, "presearcher", row.corpus(), row.rules());
            Optional<BenchStats> bruteForce = BenchStats.read(dir, "bruteForce", row.corpus(), row.rules());
            Optional<BenchStats> matches = presearcher.or(() -> bruteForce);
            Optional<Double> fast = presearcher.flatMap(s -> s.get("processCpuItemsPerSecond"));
            Optional<Double> slow = bruteForce.flatMap(s -> s.get("processCpuItemsPerSecond"));
            out.append("| ").append(row.corpus().name().toLowerCase(Locale.ROOT))
                    .append(" | ").append(String.format(Locale.ROOT, "%,d", row.rules()))
                    .append(" | ").append(score(byEngine.get("presearcher")))
                    .append(" | ").append(cpu(presearcher))
                    .append(" | ").append(score(byEngine.get("bruteForce")))
                    .append(" | ").append(cpu(bruteForce))
                    .append(" | ").append(fast.isPresent() && slow.isPresent()
                            ? String.format(Locale.ROOT, "%,.0f×", fast.get() / slow.get()) : "–")
                    .append(" | ").append(number(matches.flatMap(s -> s.get("matchesPerItem")), "%.1f"))
                    .append(" | ").append(percent(matches.flatMap(s -> s.get("matchedShare"))))
                    .append(" | ").append(percent(matches.flatMap(s -> s.get("watchlistShare"))))
                    .append(" | ").append(number(presearcher.flatMap(s -> s.get("indexHeapMiB")), "%.0f"))
                    .append(" / ").append(number(presearcher.flatMap(s -> s.get("indexHeapAfterMatchingMiB")),
                            "%.0f MiB"))
                    .append(" |\n");
        });
        return out.toString();
    }

    private static String cpu(Optional<BenchStats> stats) {
        return number(stats.flatMap(s -> s.get("threadCpuItemsPerSecond")), "%,.0f") + " / "
                + number(stats.flatMap(s -> s.get("processCpuItemsPerSecond")), "%,.0f");
    }

    private static String score(Score score) {
        return score == null ? "–" : String.format(Locale.ROOT, "%,.0f ± %,.0f", score.value(), score.error());
    }

    private static String number(Optional<Double> value, String format) {
        return value.map(v -> String.format(Locale.ROOT, format, v)).orElse("–");
    }

    private static String percent(Optional<Double> share) {
        return number(share.map(s -> 100 * s), "%.0f%%");
    }
}
