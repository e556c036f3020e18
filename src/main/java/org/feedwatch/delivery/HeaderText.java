package org.feedwatch.delivery;

/**
 * Makes text for mail headers safe. Text from feeds or users (a subject built from a title or a rule name)
 * becomes one line without control characters or bidirectional overrides; values that must be exact (addresses,
 * URLs, configured header values) are refused when they hold a line break or another control character, since
 * cleaning them would only hide a bug or an attack. Jakarta Mail folds and encodes what it is given, but a CR or
 * LF smuggled into a header value must never reach it (that was CVE-2025-7962's class of bug).
 */
public final class HeaderText {

    private HeaderText() {
    }

    /** One line of at most {@code maxLength} characters; runs of whitespace and controls become one space. */
    public static String oneLine(String text, int maxLength) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), maxLength));
        boolean space = false;
        for (int i = 0; i < text.length() && out.length() < maxLength; i++) {
            char c = text.charAt(i);
            if (isBidiControl(c)) {
                continue;
            }
            if (isBreakOrControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                if (out.length() + 2 > maxLength) {
                    break;
                }
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Whether the value holds a character that could end or bend a header line. */
    public static boolean hasBreakOrControl(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (isBreakOrControl(value.charAt(i)) || isBidiControl(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The value unchanged, or an exception naming {@code what} when it holds a line break or a control character.
     *
     * @throws IllegalArgumentException if the value is null, blank or not one clean line
     */
    public static String requireOneLine(String what, String value) {
        if (value == null || value.isBlank() || hasBreakOrControl(value)) {
            throw new IllegalArgumentException(what + " must be one line without control characters");
        }
        return value;
    }

    /** C0 and C1 controls (CR, LF, NUL, NEL…), DEL, and the Unicode line and paragraph separators. */
    static boolean isBreakOrControl(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }

    /** Embeddings, overrides and isolates: they reorder how a mail client shows the text around them. */
    static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
