package org.feedwatch.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Draws from a ranked list with Zipf's law: rank r (from 1) comes with weight 1/(r+q)^s, the shape of word
 * frequencies in natural text (q = 0); a positive offset q flattens the head (Zipf-Mandelbrot).
 */
final class Zipf<T> {

    private final List<T> ranked;
    private final double[] cumulative;

    Zipf(List<T> ranked, double exponent) {
        this(ranked, exponent, 0);
    }

    Zipf(List<T> ranked, double exponent, double offset) {
        if (ranked.isEmpty()) {
            throw new IllegalArgumentException("nothing to draw from");
        }
        this.ranked = List.copyOf(ranked);
        cumulative = new double[ranked.size()];
        double sum = 0;
        for (int rank = 1; rank <= ranked.size(); rank++) {
            sum += 1 / Math.pow(rank + offset, exponent);
            cumulative[rank - 1] = sum;
        }
    }

    T draw(Random random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int found = Arrays.binarySearch(cumulative, target);
        int index = found >= 0 ? found : -found - 1;
        return ranked.get(Math.min(index, ranked.size() - 1));
    }
}
