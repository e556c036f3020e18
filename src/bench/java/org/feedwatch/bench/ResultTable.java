package org.feedwatch.bench;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/** The JMH scores and each fork's {@link BenchStats}, one row per number of keyword rules. */
final class ResultTable {

    private record Score(double value, double error) {
    }

    private final Map<Integer, Map<String, Score>> scores = new TreeMap<>();
    private final Path dir;

    private ResultTable(Path dir) {
        this.dir = dir;
    }

    static ResultTable of(Collection<RunResult> results, Path dir) {
        ResultTable table = new ResultTable(dir);
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            String engine = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            int rules = Integer.parseInt(result.getParams().getParam("rules"));
            Result<?> primary = result.getPrimaryResult();
            table.scores.computeIfAbsent(rules, r -> new TreeMap<>())
                    .put(engine, new Score(primary.getScore(), primary.getScoreError()));
        }
        return table;
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| keyword rules (+ 1 watchlist of 1,200) | presearcher items/s (wall) | presearcher items/CPU-s")
                .append(" | brute force items/s (wall) | brute force items/CPU-s | presearcher ÷ brute force (CPU)")
                .append(" | matches per item | items matching | watchlist hits | rule index heap |\n");
        out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        scores.forEach((rules, byEngine) -> {
            Optional<BenchStats> presearcher = BenchStats.read(dir, "presearcher", rules);
            Optional<BenchStats> bruteForce = BenchStats.read(dir, "bruteForce", rules);
            Optional<BenchStats> matches = presearcher.or(() -> bruteForce);
            Optional<Double> fast = presearcher.flatMap(s -> s.get("processCpuItemsPerSecond"));
            Optional<Double> slow = bruteForce.flatMap(s -> s.get("processCpuItemsPerSecond"));
            out.append("| ").append(String.format(Locale.ROOT, "%,d", rules))
                    .append(" | ").append(score(byEngine.get("presearcher")))
                    .append(" | ").append(number(fast, "%,.0f"))
                    .append(" | ").append(score(byEngine.get("bruteForce")))
                    .append(" | ").append(number(slow, "%,.0f"))
                    .append(" | ").append(fast.isPresent() && slow.isPresent()
                            ? String.format(Locale.ROOT, "%,.0f×", fast.get() / slow.get()) : "–")
                    .append(" | ").append(number(matches.flatMap(s -> s.get("matchesPerItem")), "%.1f"))
                    .append(" | ").append(percent(matches.flatMap(s -> s.get("matchedShare"))))
                    .append(" | ").append(percent(matches.flatMap(s -> s.get("watchlistShare"))))
                    .append(" | ").append(number(presearcher.flatMap(s -> s.get("indexHeapMiB")), "%.0f MiB"))
                    .append(" |\n");
        });
        return out.toString();
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
