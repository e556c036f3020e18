package org.feedwatch.rule.name;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replaces every capitalised word by its {@link NameKeys#indexTerms name terms} (a second reading of an
 * ambiguous spelling at the same position) and drops every other word, keeping its position so that
 * distances between names stay true. Offsets are untouched: they still point at the word in the text.
 *
 * <p>Names are capitalised in Latin and Cyrillic writing; looking only at capitalised words keeps common
 * words such as "also" or "year" from posing as the given names "Ales" or "Yury", and skips most of the
 * work on ordinary text.
 */
final class NameKeyFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

    private List<String> pending = List.of();
    private int nextPending;
    private State pendingState;
    private int skippedPositions;

    NameKeyFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (nextPending < pending.size()) {
            restoreState(pendingState);
            term.setEmpty().append(pending.get(nextPending++));
            increment.setPositionIncrement(0);
            return true;
        }
        skippedPositions = 0;
        while (input.incrementToken()) {
            List<String> terms = isCapitalised(term) ? NameKeys.indexTerms(term) : List.of();
            if (terms.isEmpty()) {
                skippedPositions += increment.getPositionIncrement();
                continue;
            }
            increment.setPositionIncrement(increment.getPositionIncrement() + skippedPositions);
            term.setEmpty().append(terms.get(0));
            if (terms.size() > 1) {
                pending = terms;
                nextPending = 1;
                pendingState = captureState();
            }
            return true;
        }
        return false;
    }

    private static boolean isCapitalised(CharSequence word) {
        if (word.length() == 0) {
            return false;
        }
        int first = Character.codePointAt(word, 0);
        return Character.isUpperCase(first) || Character.isTitleCase(first);
    }

    @Override
    public void end() throws IOException {
        super.end();
        increment.setPositionIncrement(increment.getPositionIncrement() + skippedPositions);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = List.of();
        nextPending = 0;
        pendingState = null;
        skippedPositions = 0;
    }
}
