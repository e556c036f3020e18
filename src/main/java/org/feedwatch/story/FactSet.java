package org.feedwatch.story;

import java.util.Arrays;
import java.util.List;

/**
 * The facts of a text (see {@link FactFilter}) as an exact set of 64-bit hashes, sorted. Facts are few, so
 * an exact set costs less than a signature and, unlike a MinHash estimate, also answers containment: how
 * much of a headline's facts another report mentions.
 */
record FactSet(long[] hashes) {

    static final FactSet EMPTY = new FactSet(new long[0]);

    static FactSet of(List<String> facts) {
        long[] hashes = facts.stream().mapToLong(FactSet::hash64).sorted().distinct().toArray();
        return new FactSet(hashes);
    }

    static FactSet union(FactSet a, FactSet b) {
        long[] all = Arrays.copyOf(a.hashes, a.hashes.length + b.hashes.length);
        System.arraycopy(b.hashes, 0, all, a.hashes.length, b.hashes.length);
        return new FactSet(Arrays.stream(all).sorted().distinct().toArray());
    }

    int size() {
        return hashes.length;
    }

    int shared(FactSet other) {
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < hashes.length && j < other.hashes.length) {
            int c = Long.compare(hashes[i], other.hashes[j]);
            if (c == 0) {
                shared++;
                i++;
                j++;
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }

    double jaccard(FactSet other) {
        int shared = shared(other);
        int union = size() + other.size() - shared;
        return union == 0 ? 0 : (double) shared / union;
    }

    /** The share of this set that {@code other} contains; 1 for an empty set (it claims nothing). */
    double containedIn(FactSet other) {
        return size() == 0 ? 1 : (double) shared(other) / size();
    }

    /** FNV-1a over the chars, then a murmur finaliser: collisions among a few hundred facts are negligible. */
    private static long hash64(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
