package org.feedwatch.rule.name;

import com.ibm.icu.text.Transliterator;

/**
 * Belarusian, Russian and Ukrainian Cyrillic to a precise Latin spelling, with an ICU rule-based
 * {@link Transliterator}. Its output keeps every distinction the name keys need and that ICU's own
 * {@code Any-Latin; Latin-ASCII} loses: ч, ц and х stay {@code č}, {@code c} and {@code kh}; ш and ж stay
 * {@code š} and {@code ž}; Belarusian ў stays {@code ŭ}; soft and hard signs disappear.
 *
 * <p>Only words that contain Cyrillic go through it ({@link #needed}): the transliterator is the slow part of
 * the name analysis. ICU's rule-based transliterators synchronise internally, so one instance is shared.
 */
final class CyrillicLatin {

    private static final String RULES = """
            а > a ; б > b ; в > v ; г > g ; ґ > g ; д > d ; е > e ; ё > jo ; є > je ; ж > ž ; з > z ;
            и > i ; і > i ; ї > ji ; й > j ; к > k ; л > l ; м > m ; н > n ; о > o ; п > p ; р > r ;
            с > s ; т > t ; у > u ; ў > ŭ ; ф > f ; х > kh ; ц > c ; ч > č ; ш > š ; щ > šč ;
            ъ > ; ы > y ; ь > ; э > e ; ю > ju ; я > ja ;
            """;

    private static final Transliterator TO_LATIN =
            Transliterator.createFromRules("feedwatch-Cyrillic-Latin", RULES, Transliterator.FORWARD);

    private CyrillicLatin() {
    }

    /** Whether {@code word} has a letter of the Cyrillic block (U+0400–U+04FF). */
    static boolean needed(CharSequence word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= '\u0400' && c <= '\u04FF') {
                return true;
            }
        }
        return false;
    }

    /** Transliterates a lower-case word; Latin letters in it pass unchanged. */
    static String toLatin(String lowerCaseWord) {
        return TO_LATIN.transliterate(lowerCaseWord);
    }
}
