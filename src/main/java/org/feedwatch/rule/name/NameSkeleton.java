package org.feedwatch.rule.name;

import java.util.ArrayList;
import java.util.List;

/**
 * Reduces a {@link NameSpelling} to the key that its transliteration variants and case forms share: the
 * word's {@link SoundClasses}, then its case endings cut: a final vowel class, a final vowel + m (instrumental, dative -omu), and
 * after k a vowel + g (genitive -ogo, -aha, -iego), repeatedly, as long as a consonant remains.
 * So {@code Bialiatski}, {@code Беляцкого}, {@code Białackiego} are all {@code balatk}.
 *
 * <p>"ch" is ч in English spelling and х in Polish: a Latin word with "ch" gets both keys (at most
 * {@value #MAX_AMBIGUOUS} such places are branched; later ones are read as ч).
 */
final class NameSkeleton {

    static final int MAX_AMBIGUOUS = 2;

    private static final char CH = SoundClasses.CH;

    private NameSkeleton() {
    }

    /** The keys of a spelling: usually one, two or four when "ch" is ambiguous; empty if it has no letter. */
    static List<String> keys(String spelling) {
        StringBuilder symbols = SoundClasses.of(spelling);
        stripEndings(symbols);
        if (symbols.length() == 0) {
            return List.of();
        }
        List<String> keys = new ArrayList<>(1);
        expand(symbols.toString(), 0, 0, keys);
        return keys;
    }

    private static void expand(String symbols, int from, int branched, List<String> into) {
        int at = symbols.indexOf(CH, from);
        if (at < 0) {
            into.add(symbols);
            return;
        }
        if (branched == MAX_AMBIGUOUS) {
            into.add(symbols.replace(CH, 'C'));
            return;
        }
        expand(symbols.substring(0, at) + 'C' + symbols.substring(at + 1), at + 1, branched + 1, into);
        expand(symbols.substring(0, at) + 'g' + symbols.substring(at + 1), at + 1, branched + 1, into);
    }

    private static void stripEndings(StringBuilder symbols) {
        boolean changed = true;
        while (changed) {
            changed = false;
            int n = symbols.length();
            if (n > 0 && isVowelClass(symbols.charAt(n - 1)) && hasConsonant(symbols, n - 1)) {
                symbols.setLength(n - 1);
                changed = true;
            } else if (n > 1 && symbols.charAt(n - 1) == 'm' && isVowelClass(symbols.charAt(n - 2))
                    && hasConsonant(symbols, n - 2)) {
                symbols.setLength(n - 2);
                changed = true;
            } else if (n > 2 && symbols.charAt(n - 1) == 'g' && isVowelClass(symbols.charAt(n - 2))
                    && symbols.charAt(n - 3) == 'k') {
                symbols.setLength(n - 2);
                changed = true;
            }
        }
    }

    private static boolean hasConsonant(CharSequence symbols, int end) {
        for (int i = 0; i < end; i++) {
            char c = symbols.charAt(i);
            if (!isVowelClass(c) && c != 'j') {
                return true;
            }
        }
        return false;
    }

    private static boolean isVowelClass(char symbol) {
        return SoundClasses.isVowelClass(symbol);
    }
}
