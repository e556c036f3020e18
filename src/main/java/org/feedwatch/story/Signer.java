package org.feedwatch.story;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.apache.lucene.analysis.Analyzer;
import org.feedwatch.rule.ItemAnalyzers;

/**
 * Computes {@link ItemSignature}s and keeps the most recently used ones by item id: the same item appears in
 * the digests of many subscribers, so most signatures are computed once per process, not once per digest.
 * A cached signature is used only while the item's title and text are unchanged. Thread-safe.
 */
final class Signer {

    static final int WORDING_BUCKETS = 128;
    /** Hash functions for the facts sketch (a report names 10 to 40 people, places and numbers); it serves only the candidate search. */
    static final int FACT_HASHES = 64;
    /** Hash functions for the headline facts sketch (a headline has 2 to 8 facts). */
    static final int TITLE_FACT_HASHES = 32;

    /**
     * Fewer distinct shingles than this (a text of up to four words: "Lukashenko.", "Update") say nothing
     * about a story: such a wording counts as none.
     */
    static final int MIN_SHINGLES = 3;

    private final Analyzer wording = StoryAnalyzers.wording(WORDING_BUCKETS);
    private final Analyzer facts = StoryAnalyzers.facts();
    private final Map<Long, Cached> cache;
    private final LongAdder computed = new LongAdder();

    Signer(int cacheSize) {
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Cached> eldest) {
                return size() > cacheSize;
            }
        };
    }

    ItemSignature signature(StoryItem item) {
        synchronized (cache) {
            Cached cached = cache.get(item.itemId());
            if (cached != null && cached.title.equals(item.title()) && cached.text.equals(item.text())) {
                return cached.signature;
            }
        }
        ItemSignature signature = compute(item); // outside the lock: analysis is the expensive part
        synchronized (cache) {
            cache.put(item.itemId(), new Cached(item.title(), item.text(), signature));
        }
        return signature;
    }

    /** How many signatures were computed rather than taken from the cache, since construction. */
    long computed() {
        return computed.sum();
    }

    private ItemSignature compute(StoryItem item) {
        computed.increment();
        List<String> titleTerms = factTerms(item.title());
        List<String> allTerms = new ArrayList<>(titleTerms);
        allTerms.addAll(factTerms(item.text()));
        // a headline-only item's wording is its headline: two aggregators posting one headline are one story
        MinHashSignature words = MinHashSignature.of(wording, WORDING_BUCKETS, item.isTitleOnly() ? item.title() : item.text());
        FactSet facts = FactSet.of(allTerms);
        FactSet headlineFacts = FactSet.of(titleTerms);
        return new ItemSignature(
                words.ownBuckets() < MIN_SHINGLES ? MinHashSignature.EMPTY : words,
                facts,
                headlineFacts,
                sketch(facts, FACT_HASHES),
                sketch(headlineFacts, TITLE_FACT_HASHES),
                item.isTitleOnly());
    }

    /**
     * No sketch, so no candidate pair, for fewer facts than a pair must share: such an item could never be
     * similar by its facts, and its few values, rotated into every bucket, would pair it with every item
     * naming the same person.
     */
    private static MinHashSignature sketch(FactSet facts, int functions) {
        return facts.size() < StorySimilarity.MIN_SHARED_FACTS ? MinHashSignature.EMPTY
                : MinHashSignature.ofHashes(facts.hashes(), functions);
    }

    private List<String> factTerms(String text) {
        return text.isBlank() ? new ArrayList<>() : ItemAnalyzers.terms(facts, "", SentenceStarts.lowered(text));
    }

    private record Cached(String title, String text, ItemSignature signature) {
    }
}
