package org.feedwatch.digest;

import java.util.Locale;
import java.util.Optional;

/**
 * Prepares text and links from feeds and users for a digest. What comes out is still untrusted (the templates
 * escape it), but it is one line, has no control characters and no bidirectional overrides, so a title cannot
 * fake extra lines in the plain-text part ("Unsubscribe: https://evil") or flip the order of the text around it.
 */
final class DisplayText {

    static final int SNIPPET_LENGTH = 280;

    private DisplayText() {
    }

    /** One line: control characters, line and paragraph separators become one space; bidi controls vanish. */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isBidiControl(c)) {
                continue;
            }
            if (Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they reorder what follows them. */
    static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** At most {@code max} characters, cut at a word boundary when one is near, with an ellipsis. */
    static String cut(String text, int max) {
        String flat = oneLine(text);
        if (flat.length() <= max) {
            return flat;
        }
        int space = flat.lastIndexOf(' ', max - 1);
        return flat.substring(0, space > max / 2 ? space : max - 1).strip() + "…";
    }

    static String snippet(String text) {
        return cut(text, SNIPPET_LENGTH);
    }

    /**
     * The link if it is an absolute http(s) URL without spaces or control characters, else empty: a feed's
     * {@code javascript:} link or one with a line break in it never reaches a template.
     */
    static Optional<String> safeUrl(String url) {
        if (url == null || url.length() > 2048) {
            return Optional.empty();
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("https://") || lower.startsWith("http://")) || url.length() < 9) {
            return Optional.empty();
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c == 0x7F || Character.isWhitespace(c) || Character.isISOControl(c) || isBidiControl(c)
                    || c == '"' || c == '<' || c == '>' || c == '\\') {
                return Optional.empty();
            }
        }
        return Optional.of(url);
    }
}
