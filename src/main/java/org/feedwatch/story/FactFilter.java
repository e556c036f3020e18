package org.feedwatch.story;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.feedwatch.rule.name.NameKeys;

/**
 * Keeps the words that carry a story's facts and drops the rest: a number becomes its digits ("1,100" and
 * "1100" meet), a capitalised word becomes its {@link NameKeys name keys} (so "Bialiatski", "Białacki" and
 * "Беляцкий" meet, as do case forms). Everything else — the wording a rewrite changes — is dropped.
 */
final class FactFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private List<String> pending = List.of();
    private int nextPending;

    FactFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (nextPending < pending.size()) {
            term.setEmpty().append(pending.get(nextPending++));
            return true;
        }
        while (input.incrementToken()) {
            String digits = digitsOf(term);
            if (digits != null) {
                term.setEmpty().append('#').append(digits);
                return true;
            }
            if (isCapitalised(term)) {
                List<String> keys = NameKeys.indexTerms(term);
                if (!keys.isEmpty()) {
                    term.setEmpty().append(keys.get(0));
                    pending = keys;
                    nextPending = 1;
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = List.of();
        nextPending = 0;
    }

    /** The digits of a token that has any ("1,100" → "1100", "2025" → "2025"), else null. */
    private static String digitsOf(CharSequence word) {
        StringBuilder digits = null;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isDigit(c)) {
                if (digits == null) {
                    digits = new StringBuilder(word.length());
                }
                digits.append(c);
            } else if (Character.isLetter(c)) {
                return null; // "G7", "MH17": a name, not a quantity; dropped with the wording
            }
        }
        return digits == null ? null : digits.toString();
    }

    private static boolean isCapitalised(CharSequence word) {
        if (word.length() == 0) {
            return false;
        }
        int first = Character.codePointAt(word, 0);
        return Character.isUpperCase(first) || Character.isTitleCase(first);
    }
}
