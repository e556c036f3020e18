package org.feedwatch.ingest;

import java.nio.charset.Charset;

/**
 * Tells windows-1251 (Cyrillic) from windows-1252 / ISO-8859-1 (Western) for bytes that are not UTF-8. Both put
 * letters on most bytes above 0x7F, so the letters themselves do not tell; how they sit among other letters does.
 * Western text uses accented letters sparingly, inside words made of ASCII letters ("café", "Müller"): its high
 * bytes mostly touch ASCII letters. Cyrillic text is made of high bytes from end to end of each word ("Мороз"): its
 * high bytes mostly touch other high-byte letters and hardly ever an ASCII letter. The guess is windows-1251 when
 * letter pairs inside the high range clearly outnumber the pairs that join a high-byte letter to an ASCII letter.
 */
final class CyrillicGuess {

    /** For each byte, whether windows-1251 reads it as a Cyrillic letter (0xC0-0xFF, Ё, ё, Ukrainian, Belarusian...). */
    private static final boolean[] CYRILLIC_LETTER = new boolean[256];

    static {
        Charset cp1251 = FeedEncoding.WINDOWS_1251;
        for (int b = 0x80; b < 256; b++) {
            int c = new String(new byte[] {(byte) b}, cp1251).codePointAt(0);
            CYRILLIC_LETTER[b] = Character.isLetter(c)
                    && Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC;
        }
    }

    private CyrillicGuess() {
    }

    static boolean looksLikeWindows1251(byte[] bytes) {
        long cyrillicPairs = 0;
        long mixedPairs = 0;
        for (int i = 0; i + 1 < bytes.length; i++) {
            int a = bytes[i] & 0xff;
            int b = bytes[i + 1] & 0xff;
            if (CYRILLIC_LETTER[a] && CYRILLIC_LETTER[b]) {
                cyrillicPairs++;
            } else if (CYRILLIC_LETTER[a] && asciiLetter(b) || asciiLetter(a) && CYRILLIC_LETTER[b]) {
                mixedPairs++;
            }
        }
        return cyrillicPairs >= 2 && cyrillicPairs > 2 * mixedPairs;
    }

    private static boolean asciiLetter(int b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z';
    }
}
