package org.feedwatch.rule;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Replaces each lower-case ASCII word by its {@link InflectionStemmer inflection stem}; tokens marked as
 * keywords, and any token with a character outside a–z (Cyrillic, digits, "u.s"), pass unchanged.
 */
final class InflectionFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    InflectionFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            String word = term.toString();
            String stem = InflectionStemmer.stem(word);
            if (!stem.equals(word)) {
                term.setEmpty().append(stem);
            }
        }
        return true;
    }
}
