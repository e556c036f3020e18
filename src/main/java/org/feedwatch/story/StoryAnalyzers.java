package org.feedwatch.story;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.feedwatch.rule.ItemAnalyzers;

/**
 * The Lucene chains of story grouping.
 *
 * <ul>
 *   <li>{@link #wording}: the item analysis of {@link ItemAnalyzers#stemmed()} (lower case, accent folding,
 *       English inflections, Cyrillic lower-cased) → word {@value #SHINGLE_WORDS}-shingles. Catches copies:
 *       a republication, a trimmed one, one with another headline.</li>
 *   <li>{@link #facts}: StandardTokenizer → possessive removal → {@link FactFilter} (names as cross-script
 *       name keys, numbers), no MinHash: the terms are kept as an exact {@link FactSet}. Catches rewrites,
 *       which keep who, how many and where but not the words.</li>
 * </ul>
 * Thread-safe: Lucene analyzers keep one chain per thread, so signatures cost no chain construction.
 */
final class StoryAnalyzers {

    /** Three words: long enough that shared phrasing ("political prisoners in Belarus") is rare between
     *  different stories, short enough that a copy with a few edits keeps most shingles. */
    static final int SHINGLE_WORDS = 3;

    private StoryAnalyzers() {
    }

    static Analyzer wording(int buckets) {
        return new WordingAnalyzer(ItemAnalyzers.stemmed(), buckets);
    }

    static Analyzer facts() {
        return new FactsAnalyzer();
    }

    /** One-permutation MinHash: one hash function, the smallest value per bucket, rotation into empty buckets. */
    private static TokenStream minHash(TokenStream in, int buckets) {
        return new MinHashFilter(in, 1, buckets, 1, true);
    }


    /** Reuses the project's item analysis and adds shingles and MinHash on top of it. */
    private static final class WordingAnalyzer extends AnalyzerWrapper {

        private final Analyzer items;
        private final int buckets;

        WordingAnalyzer(Analyzer items, int buckets) {
            super(Analyzer.GLOBAL_REUSE_STRATEGY);
            this.items = items;
            this.buckets = buckets;
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return items;
        }

        @Override
        protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
            ShingleFilter shingles = new ShingleFilter(components.getTokenStream(), SHINGLE_WORDS, SHINGLE_WORDS);
            shingles.setOutputUnigrams(false);
            shingles.setOutputUnigramsIfNoShingles(true); // a two-word text still has a signature
            return new TokenStreamComponents(components.getSource(), minHash(shingles, buckets));
        }
    }

    private static final class FactsAnalyzer extends Analyzer {

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new FactFilter(new EnglishPossessiveFilter(source)));
        }
    }
}
