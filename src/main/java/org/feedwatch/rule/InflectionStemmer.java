package org.feedwatch.rule;

import java.util.Map;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;

/**
 * Conflates English inflections and nothing else: sanction, sanctions, sanctioned and sanctioning share
 * a stem, but prison and prisoner, nation and national, Belarus and Belarusian do not.
 *
 * <p>Why not a Lucene stemmer: EnglishMinimalStemmer only knows plurals; PorterStemmer folds derivations
 * (prisoner → prison, national → nation) and KStem some (Russian → russia, protester → protest). So:
 * Lucene's minimal stemmer for plurals, then the inflectional steps of Porter's algorithm only — step 1b
 * (-ed, -ing, -eed), 1c (y → i) and the final-e/-ll clean-up of step 5 that makes "release" and
 * "released" meet. The stem is an index key, not always a word ("releas").
 *
 * <p>Only words made of a–z are touched; anything else (Cyrillic, digits) is returned as is.
 */
final class InflectionStemmer {

    private static final EnglishMinimalStemmer PLURALS = new EnglishMinimalStemmer();

    /** Words the rules would fold onto a different word ("news" → "new", "evening" → "even"). */
    private static final Map<String, String> EXCEPTIONS = Map.of(
            "news", "news",
            "evening", "evening",
            "evenings", "evening");

    private InflectionStemmer() {
    }

    static String stem(String word) {
        if (!isAsciiLowerWord(word)) {
            return word;
        }
        String exception = EXCEPTIONS.get(word);
        if (exception != null) {
            return exception;
        }
        char[] chars = word.toCharArray();
        String w = new String(chars, 0, PLURALS.stem(chars, chars.length));
        w = removeEdOrIng(w);
        w = yToI(w);
        return tidyEnding(w);
    }

    private static boolean isAsciiLowerWord(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    /** Porter step 1b. */
    private static String removeEdOrIng(String w) {
        if (w.endsWith("eed")) {
            String stem = cut(w, 3);
            return measure(stem) > 0 ? cut(w, 1) : w;
        }
        String stem;
        if (w.endsWith("ed")) {
            stem = cut(w, 2);
        } else if (w.endsWith("ing")) {
            stem = cut(w, 3);
        } else {
            return w;
        }
        if (!hasVowel(stem)) {
            return w; // "red", "bring", "king" are not inflections
        }
        if (stem.endsWith("at") || stem.endsWith("bl") || stem.endsWith("iz")) {
            return stem + "e"; // related → relate
        }
        if (endsWithDoubleConsonant(stem)) {
            char last = stem.charAt(stem.length() - 1);
            return last == 'l' || last == 's' || last == 'z' ? stem : cut(stem, 1); // stopped → stop
        }
        if (measure(stem) == 1 && endsConsonantVowelConsonant(stem)) {
            return stem + "e"; // hoped → hope
        }
        return stem;
    }

    /** Porter step 1c: carry, carries, carried meet at "carri". */
    private static String yToI(String w) {
        if (w.length() > 1 && w.endsWith("y") && hasVowel(cut(w, 1))) {
            return cut(w, 1) + "i";
        }
        return w;
    }

    /** Porter step 5: release/released → "releas"; controlled → "control". */
    private static String tidyEnding(String w) {
        if (w.endsWith("e")) {
            String stem = cut(w, 1);
            int m = measure(stem);
            if (m > 1 || (m == 1 && !endsConsonantVowelConsonant(stem))) {
                w = stem;
            }
        }
        if (w.endsWith("ll") && measure(w) > 1) {
            w = cut(w, 1);
        }
        return w;
    }

    private static String cut(String w, int n) {
        return w.substring(0, w.length() - n);
    }

    private static boolean isConsonant(String w, int i) {
        char c = w.charAt(i);
        switch (c) {
            case 'a': case 'e': case 'i': case 'o': case 'u':
                return false;
            case 'y':
                return i == 0 || !isConsonant(w, i - 1);
            default:
                return true;
        }
    }

    private static boolean hasVowel(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!isConsonant(w, i)) {
                return true;
            }
        }
        return false;
    }

    /** Porter's m: the number of vowel-consonant sequences in [C](VC)^m[V]. */
    static int measure(String w) {
        int m = 0;
        int i = 0;
        int n = w.length();
        while (i < n && isConsonant(w, i)) {
            i++;
        }
        while (i < n) {
            while (i < n && !isConsonant(w, i)) {
                i++;
            }
            if (i == n) {
                break;
            }
            while (i < n && isConsonant(w, i)) {
                i++;
            }
            m++;
        }
        return m;
    }

    private static boolean endsWithDoubleConsonant(String w) {
        int n = w.length();
        return n >= 2 && w.charAt(n - 1) == w.charAt(n - 2) && isConsonant(w, n - 1);
    }

    /** Porter's *o: ends consonant-vowel-consonant, the last not w, x or y (hop, not snow). */
    private static boolean endsConsonantVowelConsonant(String w) {
        int n = w.length();
        if (n < 3 || !isConsonant(w, n - 3) || isConsonant(w, n - 2) || !isConsonant(w, n - 1)) {
            return false;
        }
        char last = w.charAt(n - 1);
        return last != 'w' && last != 'x' && last != 'y';
    }
}
