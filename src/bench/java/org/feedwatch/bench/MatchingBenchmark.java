package org.feedwatch.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.feedwatch.match.RuleHit;
import org.feedwatch.match.RuleIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Items per second through {@link RuleIndex#match}, the call the poller makes, on one thread: every
 * invocation matches a whole list of items against n keyword rules plus one 1,200-name watchlist, with the
 * Monitor's presearcher and with brute force (same engine, every rule tried on every item). Brute force
 * matches a sample of the first {@value #BRUTE_FORCE_ITEMS} items of the same corpus instead of all
 * {@value #ITEMS}, or 50,000 rules would take hours; the score is items per second either way. The corpus
 * ({@link NewsCorpus.Scope}) is a newsroom's feeds unless {@code -p corpus=BELARUS} asks for the stress case.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class MatchingBenchmark {

    public static final int ITEMS = 10_000;
    public static final int BRUTE_FORCE_ITEMS = 256;

    /** The index with Lucene's term-filtering presearcher, as production runs it. */
    @State(Scope.Benchmark)
    public static class WithPresearcher extends RuleSetup {

        @Param({"100", "1000", "10000", "50000"})
        public int rules;

        @Param({"NEWSROOM"})
        public NewsCorpus.Scope corpus;

        @Setup(Level.Trial)
        public void setUp() {
            build("presearcher", corpus, rules, RuleIndex::new, ITEMS);
        }
    }

    /** The same rules without presearcher filtering. */
    @State(Scope.Benchmark)
    public static class BruteForce extends RuleSetup {

        @Param({"100", "1000", "10000", "50000"})
        public int rules;

        @Param({"NEWSROOM"})
        public NewsCorpus.Scope corpus;

        @Setup(Level.Trial)
        public void setUp() {
            build("bruteForce", corpus, rules, RuleIndex::bruteForce, BRUTE_FORCE_ITEMS);
        }
    }

    @Benchmark
    @OperationsPerInvocation(ITEMS)
    public List<List<RuleHit>> presearcher(WithPresearcher state) {
        return state.match();
    }

    @Benchmark
    @OperationsPerInvocation(BRUTE_FORCE_ITEMS)
    public List<List<RuleHit>> bruteForce(BruteForce state) {
        return state.match();
    }
}
