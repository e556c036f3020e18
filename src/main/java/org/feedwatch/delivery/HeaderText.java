package org.feedwatch.delivery;

/**
 * Makes text from feeds or users safe for a mail header: one line, no control characters. Jakarta Mail folds
 * and encodes what it is given, but a CR or LF smuggled into a header value must never reach it.
 */
public final class HeaderText {

    private HeaderText() {
    }

    public static String oneLine(String text, int maxLength) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), maxLength));
        boolean space = false;
        for (int i = 0; i < text.length() && out.length() < maxLength; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || Character.isWhitespace(c) || c == '\u2028' || c == '\u2029') {
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
}
