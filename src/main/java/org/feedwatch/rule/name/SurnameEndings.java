package org.feedwatch.rule.name;

import java.util.Set;

/**
 * What the ending of a surname-shaped word says about the bearer's gender, in Belarusian, Russian and
 * Polish (any script, read from its {@link NameSpelling}). Three families are gendered:
 * <ul>
 * <li>adjectival, after sk/ck/zk: {@code -ski -skij -sky -skaha -skogo -skiego -skomu -skim} are a man's,
 *     {@code -skaya -skaja -ska -skaj -skoj -skiej -skuju -skaju} a woman's;</li>
 * <li>possessive, -ov/-ev/-au/-ou/-in: the bare form and {@code -ym -im -e} are a man's, {@code -oj -aj -ej
 *     -aju} a woman's, and {@code -a -u} either ("Kalesnikava" is a woman, or "of Kalesnikau");</li>
 * <li>patronymic-like -ich/-icz/-ič: a woman's form never declines, so a declined form is a man's and the bare
 *     form either.</li>
 * </ul>
 * Every other word is {@link Gender#EITHER}.
 */
final class SurnameEndings {

    private static final Set<String> ADJECTIVAL_MASCULINE = Set.of("i", "ij", "iy", "yj", "yi", "ii", "y",
            "ogo", "ego", "iego", "ago", "aga", "aha", "oho", "omu", "amu", "emu", "iemu", "im", "ym", "om", "iem");
    private static final Set<String> ADJECTIVAL_FEMININE = Set.of("aja", "aya", "aia", "a", "oj", "oy", "oi",
            "aj", "ay", "ai", "ej", "ey", "ei", "iej", "uju", "uyu", "uiu", "aju", "ayu", "aiu", "oju", "oyu");
    private static final Set<String> ADJECTIVAL_NOMINATIVE_MASCULINE =
            Set.of("i", "ij", "iy", "yj", "yi", "ii", "y");
    private static final Set<String> ADJECTIVAL_NOMINATIVE_FEMININE = Set.of("aja", "aya", "aia", "a");

    /** Case endings after a possessive suffix, longest first, with the gender each admits. */
    private static final String[] POSSESSIVE_ENDINGS = {
        "oju", "aju", "oyu", "ayu", "oiu", "aiu",
        "ym", "im", "em", "om", "oj", "oy", "oi", "aj", "ay", "ai", "ej", "ey", "ei",
        "a", "u", "y", "e"};
    private static final String[] POSSESSIVE_SUFFIXES = {"ov", "ev", "av", "in", "yn"};
    private static final String[] POSSESSIVE_NOMINATIVE = {"ov", "ev", "av", "au", "ou", "eu", "in", "yn"};

    private static final String[] PATRONYMIC_SUFFIXES = {"icz", "ich", "ič", "ycz", "ych", "yč"};
    private static final String[] PATRONYMIC_ENDINGS = {"am", "om", "em", "a", "u", "e"};

    private static final int MIN_STEM = 2;

    private SurnameEndings() {
    }

    /** The gender a word in a text admits, from its ending. */
    static Gender ofForm(String spelling) {
        String s = normalise(spelling);
        String adjectival = adjectivalEnding(s);
        if (adjectival != null) {
            return ADJECTIVAL_MASCULINE.contains(adjectival) ? Gender.MASCULINE
                    : ADJECTIVAL_FEMININE.contains(adjectival) ? Gender.FEMININE : Gender.EITHER;
        }
        for (String ending : POSSESSIVE_ENDINGS) {
            if (endsWithSuffix(s, ending, POSSESSIVE_SUFFIXES)) {
                return possessiveCase(ending);
            }
        }
        if (endsWithSuffix(s, "", POSSESSIVE_NOMINATIVE)) {
            return Gender.MASCULINE;
        }
        for (String ending : PATRONYMIC_ENDINGS) {
            if (endsWithSuffix(s, ending, PATRONYMIC_SUFFIXES)) {
                return Gender.MASCULINE;
            }
        }
        return Gender.EITHER;
    }

    /**
     * The gender of a surname given in the nominative (as rules give it), or {@link Gender#EITHER} when the
     * form does not show it. {@code -skoy} (Trubetskoy) is a man's nominative but also the common oblique
     * form of women's names, so it shows nothing.
     */
    static Gender ofNominative(String spelling) {
        String s = normalise(spelling);
        String adjectival = adjectivalEnding(s);
        if (adjectival != null) {
            return ADJECTIVAL_NOMINATIVE_MASCULINE.contains(adjectival) ? Gender.MASCULINE
                    : ADJECTIVAL_NOMINATIVE_FEMININE.contains(adjectival) ? Gender.FEMININE : Gender.EITHER;
        }
        if (endsWithSuffix(s, "a", POSSESSIVE_SUFFIXES)) {
            return Gender.FEMININE;
        }
        return endsWithSuffix(s, "", POSSESSIVE_NOMINATIVE) ? Gender.MASCULINE : Gender.EITHER;
    }

    private static Gender possessiveCase(String ending) {
        return switch (ending) {
            case "a", "u", "y" -> Gender.EITHER;
            case "ym", "im", "em", "om", "e" -> Gender.MASCULINE;
            default -> Gender.FEMININE;
        };
    }

    /** The ending after the k of -sk/-ck/-zk near the end of the word, or null if it is not adjectival. */
    private static String adjectivalEnding(String s) {
        int n = s.length();
        for (int k = n - 1; k >= Math.max(MIN_STEM + 1, n - 5); k--) {
            if (s.charAt(k) == 'k') {
                char before = s.charAt(k - 1);
                return before == 's' || before == 'c' || before == 'z' ? s.substring(k + 1) : null;
            }
        }
        return null;
    }

    private static boolean endsWithSuffix(String s, String ending, String[] suffixes) {
        if (!s.endsWith(ending)) {
            return false;
        }
        int end = s.length() - ending.length();
        for (String suffix : suffixes) {
            if (end - suffix.length() >= MIN_STEM && s.startsWith(suffix, end - suffix.length())) {
                return true;
            }
        }
        return false;
    }

    /** One spelling for letters that only differ in script tradition: w/v, ŭ/u, Polish nasal and ó vowels. */
    private static String normalise(String spelling) {
        StringBuilder s = new StringBuilder(spelling.length());
        for (int i = 0; i < spelling.length(); i++) {
            char c = spelling.charAt(i);
            s.append(switch (c) {
                case 'w' -> 'v';
                case 'ŭ' -> 'u';
                case 'ą' -> 'a';
                case 'ę' -> 'e';
                case 'ó' -> 'o';
                case 'ł' -> 'l';
                default -> c;
            });
        }
        return s.toString();
    }
}
