package org.feedwatch.rule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.feedwatch.rule.name.NameAnalyzer;

/**
 * The analysis of item text, used both to index items and to turn rule words into terms, so the two
 * always line up.
 *
 * <p>Chain: StandardTokenizer (hyphens and punctuation separate words) → English possessive removal →
 * lower case (Cyrillic too) → ASCII folding (é→e, ł→l, ø→o; Cyrillic untouched) → on the stemmed fields
 * only, {@link InflectionFilter} (plural, -ed, -ing; never derivations; never non-ASCII words). The names
 * fields have their own analysis, {@link NameAnalyzer}: name keys of capitalised words, for person rules.
 */
public final class ItemAnalyzers {

    /**
     * Larger than any item text, so that a phrase or proximity never spans two values should a field
     * ever be given several.
     */
    private static final int POSITION_GAP = 10_000;

    private static final Analyzer STEMMED = new ItemAnalyzer(true);
    private static final Analyzer EXACT = new ItemAnalyzer(false);
    private static final Analyzer NAMES = new NameAnalyzer();
    private static final Analyzer FOR_ITEMS = new PerFieldAnalyzerWrapper(STEMMED, Map.of(
            ItemFields.TITLE_EXACT, EXACT,
            ItemFields.SUMMARY_EXACT, EXACT,
            ItemFields.TITLE_NAMES, NAMES,
            ItemFields.SUMMARY_NAMES, NAMES));

    private ItemAnalyzers() {
    }

    /** The analyzer for the document {@link ItemFields#toDocument} builds (picks per field). */
    public static Analyzer forItems() {
        return FOR_ITEMS;
    }

    /** Analysis of the stemmed fields. */
    public static Analyzer stemmed() {
        return STEMMED;
    }

    /** Analysis of the names fields: name keys of capitalised words. */
    public static Analyzer names() {
        return NAMES;
    }

    /** Analysis of the exact fields: lower case and accent folding only. */
    public static Analyzer exact() {
        return EXACT;
    }

    /** The terms that {@code text} becomes in {@code indexField}, in order; empty if it has no word. */
    public static List<String> terms(String indexField, String text) {
        return terms(FOR_ITEMS, indexField, text);
    }

    /** The terms {@code analyzer} makes of {@code text} in {@code field}, in order. */
    public static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return terms;
    }

    private static final class ItemAnalyzer extends Analyzer {

        private final boolean inflect;

        ItemAnalyzer(boolean inflect) {
            this.inflect = inflect;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(source);
            stream = new LowerCaseFilter(stream);
            stream = new ASCIIFoldingFilter(stream);
            if (inflect) {
                stream = new InflectionFilter(stream);
            }
            return new TokenStreamComponents(source, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }

        @Override
        public int getPositionIncrementGap(String fieldName) {
            return POSITION_GAP;
        }
    }
}
