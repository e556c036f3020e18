package org.feedwatch.story;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A MinHash signature. One-permutation, as {@link org.apache.lucene.analysis.minhash.MinHashFilter} writes it
 * for the wording: one hash function, per bucket the high 64 bits of the smallest 128-bit hash that fell into
 * it, or — for a bucket no token fell into — the value rotated in from the next non-empty one. Classic
 * ({@link #ofHashes}, for fact sets): one value per hash function; the estimate is the share of equal values.
 *
 * <p>The similarity is the one-permutation estimate of Jaccard similarity (Li, Owen, Zhang 2012): equal
 * values among the buckets that at least one side really filled. A value rotated in is recognised by its
 * hash, which names its own bucket. Counting only real buckets keeps the estimate near the exact Jaccard
 * value even for a set much smaller than the bucket count (the names of a headline), where the densified
 * copies would otherwise count the same agreement many times.
 */
record MinHashSignature(long[] values, boolean onePermutation) {

    static final MinHashSignature EMPTY = new MinHashSignature(new long[0], false);

    /** Seeds of the classic functions: function f uses SEEDS[f % 4] · (f + 1). */
    private static final long[] SEEDS = {0x9E3779B97F4A7C15L, 0xC2B2AE3D27D4EB4FL, 0x165667B19E3779F9L, 0x27D4EB2F165667C5L};

    /** The one-permutation signature of {@code text} under {@link StoryAnalyzers#wording}; empty if it has no token. */
    static MinHashSignature of(Analyzer analyzer, int buckets, String text) {
        if (text.isBlank()) {
            return EMPTY;
        }
        return read(analyzer.tokenStream("", text), buckets);
    }

    /**
     * The classic MinHash signature of a set of 64-bit hashes (a {@link FactSet}), with {@code functions}
     * hash functions. Not MinHashFilter's several-hash mode: it derives function i as h·37 + c(i), which
     * orders tokens nearly alike for every i, so its values are far from independent (measured: a Jaccard
     * similarity of 0.33 estimated as 0.52). Here each function is a murmur3 finaliser of the hash with its
     * own seed; for the 10 to 40 facts of an item that is a few thousand multiplications.
     */
    static MinHashSignature ofHashes(long[] hashes, int functions) {
        if (hashes.length == 0) {
            return EMPTY;
        }
        long[] values = new long[functions];
        Arrays.fill(values, Long.MAX_VALUE);
        for (long h : hashes) {
            for (int f = 0; f < functions; f++) {
                long v = mix(h ^ SEEDS[f % SEEDS.length] * (f + 1));
                if (v < values[f]) {
                    values[f] = v;
                }
            }
        }
        return new MinHashSignature(values, false);
    }

    private static long mix(long k) {
        long x = k;
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        x *= 0xc4ceb9fe1a85ec53L;
        x ^= x >>> 33;
        return x;
    }

    private static MinHashSignature read(TokenStream minHashStream, int buckets) {
        long[] values = new long[buckets];
        int n = 0;
        try (TokenStream stream = minHashStream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (n < buckets) {
                    values[n] = high64(term);
                }
                n++;
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        if (n == 0) {
            return EMPTY;
        }
        if (n != buckets) {
            throw new IllegalStateException("MinHashFilter wrote " + n + " values for " + buckets + " buckets");
        }
        return new MinHashSignature(values, true);
    }

    /** MinHashFilter (one hash function) writes the high 64 bits of a hash as the first four chars of its term. */
    private static long high64(CharSequence term) {
        return ((long) term.charAt(0) << 48) | ((long) term.charAt(1) << 32)
                | ((long) term.charAt(2) << 16) | term.charAt(3);
    }

    boolean isEmpty() {
        return values.length == 0;
    }

    int buckets() {
        return values.length;
    }

    /** Buckets that hold their own value, not one rotated in: about the number of distinct tokens, up to the bucket count. */
    int ownBuckets() {
        int own = 0;
        for (int i = 0; i < values.length; i++) {
            if (isOwn(i)) {
                own++;
            }
        }
        return own;
    }

    /** The bucket MinHashFilter put a hash in: its top 32 bits divided by the bucket width. */
    private boolean isOwn(int bucket) {
        if (!onePermutation) {
            return true; // one value per hash function: never rotated
        }
        long width = ((1L << 32) + values.length - 1) / values.length;
        return (int) ((values[bucket] >>> 32) / width) == bucket;
    }

    /** Estimated Jaccard similarity of the two token sets; 0 if either is empty. */
    double similarity(MinHashSignature other) {
        Agreement a = agreement(other);
        return a.filled == 0 ? 0 : (double) a.equal / a.filled;
    }

    /** Buckets where both sides have the same own value: an estimate of the number of shared tokens. */
    int sharedBuckets(MinHashSignature other) {
        return agreement(other).equal;
    }

    private Agreement agreement(MinHashSignature other) {
        if (isEmpty() || other.isEmpty()) {
            return new Agreement(0, 0);
        }
        if (other.values.length != values.length) {
            throw new IllegalArgumentException("signatures of different sizes");
        }
        int equal = 0;
        int filled = 0;
        for (int i = 0; i < values.length; i++) {
            boolean mine = isOwn(i);
            boolean theirs = other.isOwn(i);
            if (mine || theirs) {
                filled++;
                if (mine && values[i] == other.values[i]) {
                    equal++;
                }
            }
        }
        return new Agreement(equal, filled);
    }

    /** A hash of the values of band {@code band} of {@code rows} buckets, for locality-sensitive hashing. */
    long bandKey(int band, int rows) {
        long h = 0x9E3779B97F4A7C15L * (band + 1);
        for (int i = band * rows; i < (band + 1) * rows; i++) {
            h = Long.rotateLeft(h ^ values[i], 27) * 0xC2B2AE3D27D4EB4FL;
        }
        return h;
    }

    private record Agreement(int equal, int filled) {
    }
}
