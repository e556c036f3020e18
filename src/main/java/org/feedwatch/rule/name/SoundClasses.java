package org.feedwatch.rule.name;

/**
 * Reads a {@link NameSpelling} as a string of sound classes, the alphabet of name keys: consonants by class
 * ({@code t} for t/ts/c/ć/ц, {@code d} for d/dz, {@code g} for g/h/kh, {@code v} for v/w/ŭ and u after
 * a/e/o, {@code S} for sh/sz/š, {@code Z} for zh/ž/ż, {@code C} for cz/č, {@code ?} for a "ch" that is
 * ч in English and х in Polish), a doubled consonant once, and each run of vowels as {@code a}, {@code i}
 * (only i/y/j) or {@code u} (holds a u). A leading {@code j} marks a word starting with j/y/i + vowel or
 * with e (Russian Е is "ye").
 */
final class SoundClasses {

    /** Stands for a "ch" until the key is expanded into both readings. */
    static final char CH = '?';

    private SoundClasses() {
    }

    /** The sound classes of a spelling, before any ending is cut. */
    static StringBuilder of(String s) {
        Builder out = new Builder(s.length());
        int n = s.length();
        int i = 0;
        if (n > 1 && isIota(s.charAt(0)) && isVowel(s.charAt(1)) && !isIota(s.charAt(1))) {
            out.symbols.append('j');
            i = 1;
        } else if (n > 0 && (s.charAt(0) == 'e' || s.charAt(0) == 'ę')) {
            out.symbols.append('j');
        }
        while (i < n) {
            char c = s.charAt(i);
            if (isVowel(c)) {
                if (c == 'u' && out.afterOpenVowel()) {
                    out.consonant('v');
                } else {
                    out.vowel(c);
                }
                i++;
            } else {
                i += consonant(s, i, out);
            }
        }
        out.closeVowels();
        return out.symbols;
    }

    /** Appends the symbols of the consonant grapheme at {@code i}; returns how many characters it took. */
    private static int consonant(String s, int i, Builder out) {
        char c = s.charAt(i);
        switch (c) {
            case 's':
                if (s.startsWith("szcz", i) || s.startsWith("shch", i)) {
                    out.consonant('S');
                    out.consonant('C');
                    return 4;
                }
                if (s.startsWith("sch", i)) {
                    out.consonant('S');
                    return 3;
                }
                if (s.startsWith("sh", i) || s.startsWith("sz", i)) {
                    out.consonant('S');
                    return 2;
                }
                out.consonant('s');
                return 1;
            case 'd':
                if (s.startsWith("dzh", i)) {
                    out.consonant('d');
                    out.consonant('Z');
                    return 3;
                }
                if (s.startsWith("dż", i) || s.startsWith("dž", i)) {
                    out.consonant('d');
                    out.consonant('Z');
                    return 2;
                }
                out.consonant('d');
                return s.startsWith("dz", i) || s.startsWith("dź", i) ? 2 : 1;
            case 't':
                if (s.startsWith("tch", i)) {
                    out.consonant('C');
                    return 3;
                }
                out.consonant('t');
                return s.startsWith("ts", i) || s.startsWith("tz", i) || s.startsWith("th", i) ? 2 : 1;
            case 'c':
                if (s.startsWith("cz", i)) {
                    out.consonant('C');
                    return 2;
                }
                if (s.startsWith("ch", i)) {
                    out.consonant(CH);
                    return 2;
                }
                out.consonant('t');
                return 1;
            case 'z':
                out.consonant(s.startsWith("zh", i) ? 'Z' : 'z');
                return s.startsWith("zh", i) ? 2 : 1;
            case 'k':
                out.consonant(s.startsWith("kh", i) ? 'g' : 'k');
                return s.startsWith("kh", i) ? 2 : 1;
            case 'g':
                out.consonant('g');
                return s.startsWith("gh", i) ? 2 : 1;
            case 'p':
                out.consonant(s.startsWith("ph", i) ? 'f' : 'p');
                return s.startsWith("ph", i) ? 2 : 1;
            case 'x':
                out.consonant('k');
                out.consonant('s');
                return 1;
            default:
                char symbol = single(c);
                if (symbol != 0) {
                    out.consonant(symbol);
                }
                return 1;
        }
    }

    private static char single(char c) {
        return switch (c) {
            case 'b', 'f', 'm', 'n', 'l', 'r' -> c;
            case 'h' -> 'g';
            case 'v', 'w', 'ŭ' -> 'v';
            case 'q' -> 'k';
            case 'č' -> 'C';
            case 'š' -> 'S';
            case 'ž', 'ż' -> 'Z';
            case 'ł' -> 'l';
            case 'ś' -> 's';
            case 'ć' -> 't';
            case 'ź' -> 'z';
            case 'ń' -> 'n';
            default -> 0;
        };
    }

    static boolean isVowelClass(char symbol) {
        return symbol == 'a' || symbol == 'i' || symbol == 'u';
    }

    private static boolean isVowel(char c) {
        return switch (c) {
            case 'a', 'e', 'i', 'o', 'u', 'y', 'j', 'ą', 'ę', 'ó' -> true;
            default -> false;
        };
    }

    private static boolean isIota(char c) {
        return c == 'j' || c == 'y' || c == 'i';
    }

    /** Collects symbols; a run of vowel letters becomes one vowel class when a consonant ends it. */
    private static final class Builder {
        final StringBuilder symbols;
        private boolean inVowels;
        private boolean hasU;
        private boolean onlyIota;
        private char lastVowel;

        Builder(int capacity) {
            symbols = new StringBuilder(capacity);
        }

        boolean afterOpenVowel() {
            return inVowels && (lastVowel == 'a' || lastVowel == 'e' || lastVowel == 'o'
                    || lastVowel == 'ą' || lastVowel == 'ę' || lastVowel == 'ó');
        }

        void vowel(char c) {
            if (!inVowels) {
                inVowels = true;
                hasU = false;
                onlyIota = true;
            }
            hasU |= c == 'u';
            onlyIota &= isIota(c);
            lastVowel = c;
        }

        void closeVowels() {
            if (inVowels) {
                symbols.append(hasU ? 'u' : onlyIota ? 'i' : 'a');
                inVowels = false;
            }
        }

        void consonant(char symbol) {
            closeVowels();
            int n = symbols.length();
            if (n == 0 || symbols.charAt(n - 1) != symbol) {
                symbols.append(symbol);
            }
        }
    }
}
