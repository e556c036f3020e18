package org.feedwatch.story;

import java.util.List;
import java.util.Locale;

/**
 * A rough figure for story grouping, not a test (no timed assertion anywhere): signatures per second, and
 * {@code group} for a digest of 20 and of 200 items with the signature cache cold (first digest of the day)
 * and warm (every further digest that shares its items). Run after {@code mvn -B -q -o test-compile}:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.feedwatch.story.StoryGrouperBenchmark}
 * with cp.txt from {@code mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 */
public final class StoryGrouperBenchmark {

    private static final int ROUNDS = 5;

    private StoryGrouperBenchmark() {
    }

    public static void main(String[] args) {
        List<StoryItem> items = new SyntheticItems(11).items(2000, 200); // ~90-word texts, 10 % copies
        signatures(items);
        group(items, 20, 500);
        group(items, 200, 50);
    }

    private static void signatures(List<StoryItem> items) {
        for (int round = 0; round < ROUNDS; round++) {
            Signer signer = new Signer(0);
            long start = System.nanoTime();
            items.forEach(signer::signature);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "round %d: signatures %.0f items/s (%d items, %.1f words each)%n",
                    round, items.size() / seconds, items.size(),
                    items.stream().mapToInt(i -> i.text().split(" ").length).average().orElse(0));
        }
    }

    private static void group(List<StoryItem> items, int digestSize, int digests) {
        for (int round = 0; round < ROUNDS; round++) {
            long cold = 0;
            long warm = 0;
            int stories = 0;
            for (int d = 0; d < digests; d++) {
                int from = (d * digestSize) % (items.size() - digestSize);
                List<StoryItem> digest = items.subList(from, from + digestSize);
                StoryGrouper grouper = new StoryGrouper(StoryGrouper.DEFAULT_THRESHOLD);
                long t0 = System.nanoTime();
                stories += grouper.group(digest).size();
                long t1 = System.nanoTime();
                grouper.group(digest);
                long t2 = System.nanoTime();
                cold += t1 - t0;
                warm += t2 - t1;
            }
            System.out.printf(Locale.ROOT, "round %d: group(%d items) cold cache %.3f ms, warm cache %.3f ms (%d stories)%n",
                    round, digestSize, cold / 1e6 / digests, warm / 1e6 / digests, stories / digests);
        }
    }
}
