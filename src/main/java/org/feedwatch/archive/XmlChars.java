package org.feedwatch.archive;

/**
 * Text made safe for XML 1.0. Feeds deliver control characters (a stray form feed or NUL pasted from a word
 * processor), which XML 1.0 cannot carry even escaped: Rome's JDOM refuses them and a feed reader's parser would
 * reject the whole document. They are dropped, and so are unpaired surrogates and U+FFFE/U+FFFF.
 */
final class XmlChars {

    private XmlChars() {
    }

    /** The text without the characters XML 1.0 forbids ({@code null} becomes empty). */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        if (allowedThroughout(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            if (allowed(c)) { // an unpaired surrogate comes back as itself, which is not allowed
                out.appendCodePoint(c);
            }
            i += width;
        }
        return out.toString();
    }

    private static boolean allowedThroughout(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!allowed(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
    static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
