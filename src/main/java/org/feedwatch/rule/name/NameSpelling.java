package org.feedwatch.rule.name;

import java.text.Normalizer;
import java.util.Locale;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * The first step of the name analysis: one word, whatever its script, as lower-case Latin. Cyrillic goes
 * through {@link CyrillicLatin}; Latin keeps the letters of Polish and Belarusian Łacinka whose diacritics
 * change the sound ({@code č š ž ż ŭ ł ś ć ź ń} and the vowels {@code ą ę ó}), and every other accented
 * letter is folded by Lucene's ASCII folding ({@code é→e, ø→o, ß→ss}). Apostrophes, soft signs, digits and
 * other non-letters disappear.
 *
 * <p>ICU's folding filter is not used here on purpose: it folds {@code č} to {@code c}, and {@code c} (ц)
 * and {@code č} (ч) are different sounds that the name keys keep apart.
 */
final class NameSpelling {

    private static final String KEPT = "čšžżŭłśćźńąęó";

    private NameSpelling() {
    }

    static String of(CharSequence word) {
        String lower = word.toString().toLowerCase(Locale.ROOT);
        if (hasCombiningMark(lower)) {
            lower = Normalizer.normalize(lower, Normalizer.Form.NFC);
        }
        if (CyrillicLatin.needed(lower)) {
            lower = CyrillicLatin.toLatin(lower);
        }
        StringBuilder out = new StringBuilder(lower.length());
        char[] folded = null;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z' || KEPT.indexOf(c) >= 0) {
                out.append(c);
            } else if (Character.isLetter(c)) {
                folded = folded == null ? new char[4] : folded;
                int length = ASCIIFoldingFilter.foldToASCII(new char[] {c}, 0, folded, 0, 1);
                for (int k = 0; k < length; k++) {
                    char f = Character.toLowerCase(folded[k]);
                    if (f >= 'a' && f <= 'z') {
                        out.append(f);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean hasCombiningMark(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0300' && c <= '\u036F') {
                return true;
            }
        }
        return false;
    }
}
