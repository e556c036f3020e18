package org.feedwatch.rule.name;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The analysis of the names fields of an item: StandardTokenizer (the same words as the other item fields)
 * → English possessive removal ("Bialiatski's") → {@link NameKeyFilter} (capitalised words become name
 * terms, other words leave a gap). Thread-safe like any Lucene analyzer.
 */
public final class NameAnalyzer extends Analyzer {

    /** Larger than any item text, so that a name never runs from one value of a field into the next. */
    private static final int POSITION_GAP = 10_000;

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(source);
        return new TokenStreamComponents(source, new NameKeyFilter(stream));
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return POSITION_GAP;
    }

    /** The words of a text as the names analysis sees them, before keying, in order. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Tokenizer tokenizer = new StandardTokenizer();
        tokenizer.setReader(new StringReader(text));
        try (TokenStream stream = new EnglishPossessiveFilter(tokenizer)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return words;
    }
}
