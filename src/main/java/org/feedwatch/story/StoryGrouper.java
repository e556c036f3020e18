package org.feedwatch.story;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups the items of one digest into stories: items with the same {@link LinkNormaliser normalised link},
 * and items whose {@link StorySimilarity similarity} reaches the threshold and that were published within the
 * time window of each other, end up in one story (transitively: union-find over the similar pairs). Only the
 * {@link CandidatePairs candidate pairs} that locality-sensitive hashing finds are compared.
 *
 * <p>Thread-safe; construct once (e.g. {@code new StoryGrouper(StoryGrouper.DEFAULT_THRESHOLD)}), reuse for
 * every digest: the analyzers and the signature cache live in the instance.
 */
public final class StoryGrouper {

    /**
     * The similarity from which two items are one story. Measured on the labelled items of
     * {@code src/test/resources/stories}: reports of one story score at least 0.519 (a rewrite), different
     * stories at most 0.375 (two prisoner releases with one cast); 0.45 lies in the middle of that gap, 0.069
     * and 0.075 from its ends (StoryThresholdTest asserts a margin of 0.05 on both sides).
     */
    public static final double DEFAULT_THRESHOLD = 0.45;

    /**
     * Republications follow the original within minutes to hours and rewrites within a day, a weekend at most;
     * an item three days later on the same event is a follow-up (the verdict after the arrest) that deserves
     * its own entry. The window also keeps apart two events with one cast, such as two prisoner releases
     * negotiated by the same envoy months apart.
     */
    public static final Duration DEFAULT_WINDOW = Duration.ofHours(72);

    /** About 1.8 KB per signature: 10,000 items, a few days of feeds, take about 18 MB. */
    public static final int DEFAULT_CACHE_SIZE = 10_000;

    private final double threshold;
    private final Duration window;
    private final Signer signer;

    public StoryGrouper(double threshold) {
        this(threshold, DEFAULT_WINDOW, DEFAULT_CACHE_SIZE);
    }

    public StoryGrouper(double threshold, Duration window, int cacheSize) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
        }
        if (window.isNegative() || cacheSize < 0) {
            throw new IllegalArgumentException("window and cache size must not be negative");
        }
        this.threshold = threshold;
        this.window = window;
        this.signer = new Signer(cacheSize);
    }

    /** Every item in exactly one story; stories in the order of their lead's position in {@code items}. */
    public List<Story> group(List<StoryItem> items) {
        List<ItemSignature> signatures = new ArrayList<>(items.size());
        for (StoryItem item : items) {
            signatures.add(signer.signature(item));
        }
        UnionFind stories = new UnionFind(items.size());
        unionSameLinks(items, stories);
        for (long pair : CandidatePairs.of(signatures)) {
            int i = (int) (pair >>> 32);
            int j = (int) pair;
            if (!stories.connected(i, j) && withinWindow(items.get(i), items.get(j))
                    && StorySimilarity.of(signatures.get(i), signatures.get(j)) >= threshold) {
                stories.union(i, j);
            }
        }
        return collect(items, stories);
    }

    /** The similarity of two items as grouping sees it (time and links aside): for tests and diagnostics. */
    public double similarity(StoryItem a, StoryItem b) {
        return StorySimilarity.of(signer.signature(a), signer.signature(b));
    }

    /** Signatures computed (not taken from the cache) since construction. */
    long signaturesComputed() {
        return signer.computed();
    }

    private boolean withinWindow(StoryItem a, StoryItem b) {
        return Duration.between(a.publishedAt(), b.publishedAt()).abs().compareTo(window) <= 0;
    }

    private static void unionSameLinks(List<StoryItem> items, UnionFind stories) {
        Map<String, Integer> firstWithLink = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String link = LinkNormaliser.normalise(items.get(i).link());
            if (!link.isEmpty()) {
                Integer first = firstWithLink.putIfAbsent(link, i);
                if (first != null) {
                    stories.union(first, i);
                }
            }
        }
    }

    /** Earliest first; the item id breaks ties, so that the lead does not depend on the input order. */
    private static final Comparator<StoryItem> PUBLICATION_ORDER =
            Comparator.comparing(StoryItem::publishedAt).thenComparingLong(StoryItem::itemId);

    private static List<Story> collect(List<StoryItem> items, UnionFind stories) {
        Map<Integer, List<StoryItem>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            byRoot.computeIfAbsent(stories.find(i), r -> new ArrayList<>()).add(items.get(i));
        }
        Map<StoryItem, Integer> position = new IdentityHashMap<>();
        List<Story> result = new ArrayList<>(byRoot.size());
        for (List<StoryItem> members : byRoot.values()) {
            members.sort(PUBLICATION_ORDER);
            result.add(new Story(members.get(0), members.subList(1, members.size())));
        }
        for (int i = 0; i < items.size(); i++) {
            position.putIfAbsent(items.get(i), i);
        }
        result.sort(Comparator.comparing(story -> position.get(story.lead())));
        return result;
    }
}
