package org.feedwatch.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.LongStream;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class MinHashSignatureTest {

    private static final Analyzer WORDING = StoryAnalyzers.wording(128);

    /** Distinct words, each written three times: shingles "wi wi wi", "wi wi wj", "wi wj wj" per word. */
    private static String text(String prefix, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            String w = prefix + word(i) + " ";
            text.append(w).append(w).append(w);
        }
        return text.toString();
    }

    /** i written with the letters q..z, so that the word is a word to the tokenizer and not a number. */
    private static String word(int i) {
        StringBuilder w = new StringBuilder();
        for (char d : Integer.toString(i).toCharArray()) {
            w.append((char) ('q' + (d - '0')));
        }
        return w.toString();
    }

    private static MinHashSignature wording(String text) {
        return MinHashSignature.of(WORDING, 128, text);
    }

    private static long[] hashes(int from, int to) {
        return LongStream.range(from, to).map(i -> i * 0x9E3779B97F4A7C15L).toArray();
    }

    @Test
    void lucenesFilterWritesOneValuePerBucket() {
        assertEquals(128, wording("one two three").buckets());
        assertEquals(128, wording(text("w", 0, 3000)).buckets());
        assertTrue(wording("  ").isEmpty());
    }

    @Test
    void estimatesJaccardSimilarityForLargeAndSmallSets() {
        // one-permutation, 128 buckets; the small set must not be inflated by rotation
        assertEstimate(1.0, wording(text("w", 0, 200)), wording(text("w", 0, 200)), 0);
        assertEstimate(0.0, wording(text("a", 0, 200)), wording(text("b", 0, 200)), 0.02);
        // classic, 128 functions: exact Jaccard 500/1500 and 5/15 = 0.333
        assertEstimate(1.0 / 3, MinHashSignature.ofHashes(hashes(0, 1000), 128),
                MinHashSignature.ofHashes(hashes(500, 1500), 128), 0.1);
        assertEstimate(1.0 / 3, MinHashSignature.ofHashes(hashes(0, 10), 128),
                MinHashSignature.ofHashes(hashes(5, 15), 128), 0.1);
    }

    @Test
    void onePermutationEstimatesStayNearTheExactValueForSmallAndLargeTexts() {
        // shingles "wi wi wi" plus the joints between words: measured against the exact Jaccard of the shingles
        assertEstimate(exact(1000, 500), wording(text("w", 0, 1000)), wording(text("w", 500, 1500)), 0.1);
        assertEstimate(exact(10, 5), wording(text("w", 0, 10)), wording(text("w", 5, 15)), 0.1);
    }

    /** Exact Jaccard of the 3-shingles of text(0, n) and text(shift, n + shift): 3 shingles per word. */
    private static double exact(int n, int shift) {
        int each = 3 * n - 2;
        int shared = 3 * (n - shift) - 2;
        return (double) shared / (2 * each - shared);
    }

    private static void assertEstimate(double expected, MinHashSignature a, MinHashSignature b, double tolerance) {
        double estimate = a.similarity(b);
        assertEquals(expected, estimate, tolerance, "estimate " + estimate + ", exact " + expected);
    }

    @Test
    void anEmptySignatureIsLikeNothing() {
        MinHashSignature some = wording(text("w", 0, 10));
        assertEquals(0, some.similarity(MinHashSignature.EMPTY));
        assertEquals(0, MinHashSignature.EMPTY.similarity(MinHashSignature.EMPTY));
    }
}
