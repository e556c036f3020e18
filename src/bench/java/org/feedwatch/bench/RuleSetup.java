package org.feedwatch.bench;

import java.io.IOException;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.search.Query;
import org.feedwatch.match.MatchableItem;
import org.feedwatch.match.RuleHit;
import org.feedwatch.match.RuleIndex;
import org.feedwatch.rule.KeywordQueryParser;
import org.feedwatch.rule.RuleSyntaxException;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * What one benchmark fork matches: the items, and a rule index holding the first {@code n} keyword rules
 * plus the watchlist rule. Building it also measures the index's heap and checks that the rules match a
 * sensible share of the items, so that a broken corpus or rule generator cannot produce a fast, empty
 * benchmark; the figures go to {@link BenchStats}.
 *
 * <p>Every measured match also counts the CPU time it took, of the benchmark thread and of the whole JVM
 * (GC and JIT threads included): on a machine shared with other work, items per CPU-second say what one
 * core does even when the wall clock is slowed by neighbours.
 */
public abstract class RuleSetup {

    /**
     * The share of items that must match at least one rule, whatever the number of rules: the watchlist alone
     * names someone in about one newsroom item in eight.
     */
    static final double MIN_MATCHED_SHARE = 0.1;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final OperatingSystemMXBean PROCESS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    RuleIndex index;
    List<MatchableItem> items;
    private BenchStats stats;
    private boolean measuring;
    private long measuredItems;
    private long threadCpuNanos;
    private long processCpuNanos;

    final void build(String engine, NewsCorpus.Scope scope, int ruleCount, Supplier<RuleIndex> emptyIndex,
            int itemCount) {
        NewsCorpus corpus = new NewsCorpus(NewsCorpus.SEED, scope);
        items = List.copyOf(corpus.items(MatchingBenchmark.ITEMS).subList(0, itemCount));
        long heapBefore = usedHeapAfterGc();
        long start = System.nanoTime();
        index = filled(emptyIndex.get(), corpus, ruleCount);
        double registerSeconds = (System.nanoTime() - start) / 1e9;
        long heapAfter = usedHeapAfterGc();

        start = System.nanoTime();
        List<List<RuleHit>> hits = index.match(items);
        double firstMatchSeconds = (System.nanoTime() - start) / 1e9;
        stats = BenchStats.of(engine, scope, ruleCount, hits, WatchlistRule.RULE_ID);
        hits = null;   // so that the heap below is the index's own, with what matching the items cached in it
        long heapAfterMatching = usedHeapAfterGc();
        stats.put("indexHeapMiB", (heapAfter - heapBefore) / (1024.0 * 1024.0));
        stats.put("indexHeapAfterMatchingMiB", (heapAfterMatching - heapBefore) / (1024.0 * 1024.0));
        stats.put("registerSeconds", registerSeconds);
        stats.put("firstMatchItemsPerSecond", items.size() / firstMatchSeconds);
        stats.write();
        stats.requireSensible(MIN_MATCHED_SHARE);
    }

    /** Parses the rules exactly as the keyword rule type does; the texts are garbage once registered. */
    private static RuleIndex filled(RuleIndex index, NewsCorpus corpus, int ruleCount) {
        List<String> texts = new KeywordRules(corpus, NewsCorpus.SEED + 1).next(ruleCount);
        Map<Long, Query> queries = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            try {
                queries.put(i + 1L, KeywordQueryParser.parse(texts.get(i)));
            } catch (RuleSyntaxException e) {
                throw new IllegalStateException("generated rule " + texts.get(i) + " is invalid: " + e.getMessage(), e);
            }
        }
        index.putAll(queries);
        WatchlistRule.register(index, corpus.watchlist());
        return index;
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Only measurement iterations count towards the CPU figures, as only they count towards the score. */
    @Setup(Level.Iteration)
    public void startIteration(IterationParams iteration) {
        measuring = iteration.getType() == IterationType.MEASUREMENT;
    }

    /** Matches every item once, as the benchmark method does, counting CPU time while measuring. */
    final List<List<RuleHit>> match() {
        long thread = THREADS.getCurrentThreadCpuTime();
        long process = PROCESS.getProcessCpuTime();
        List<List<RuleHit>> hits = index.match(items);
        if (measuring) {
            threadCpuNanos += THREADS.getCurrentThreadCpuTime() - thread;
            processCpuNanos += PROCESS.getProcessCpuTime() - process;
            measuredItems += items.size();
        }
        return hits;
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        if (measuredItems > 0) {
            stats.put("threadCpuItemsPerSecond", measuredItems / (threadCpuNanos / 1e9));
            stats.put("processCpuItemsPerSecond", measuredItems / (processCpuNanos / 1e9));
            stats.write();
        }
        index.close();
    }
}
