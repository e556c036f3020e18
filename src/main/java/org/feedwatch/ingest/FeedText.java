package org.feedwatch.ingest;

import java.util.Locale;
import java.util.regex.Pattern;

/** Checks on a feed's raw bytes and decoded text that come before parsing. */
final class FeedText {

    /** Characters XML 1.0 forbids (C0 controls but tab/CR/LF, lone surrogates, U+FFFE, U+FFFF). */
    private static final Pattern INVALID_XML_CHARS = Pattern.compile(
            "[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");
    private static final int SNIFF_CHARS = 4096;

    private FeedText() {
    }

    /** True for a body that is empty or holds only whitespace (and perhaps a UTF-8 byte order mark). */
    static boolean isBlank(byte[] body) {
        boolean bom = body.length >= 3 && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb
                && (body[2] & 0xff) == 0xbf;
        for (int i = bom ? 3 : 0; i < body.length; i++) {
            if (body[i] != ' ' && body[i] != '\t' && body[i] != '\n' && body[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    /** The text without a leading byte order mark and whitespace. */
    static String withoutLeadingSpace(String text) {
        int start = 0;
        while (start < text.length() && (text.charAt(start) == '\ufeff' || Character.isWhitespace(text.charAt(start)))) {
            start++;
        }
        return text.substring(start);
    }

    /** True when the document starts like an HTML page (after any XML declaration and comments). */
    static boolean looksLikeHtml(String text) {
        String start = skipMarkup(text.substring(0, Math.min(text.length(), SNIFF_CHARS)));
        if (start == null) {
            return false;
        }
        String lower = start.toLowerCase(Locale.ROOT);
        return lower.startsWith("<!doctype html") || lower.startsWith("<html");
    }

    static String withoutInvalidXmlChars(String xml) {
        return INVALID_XML_CHARS.matcher(xml).replaceAll("");
    }

    /** The text from the first element or DOCTYPE on, skipping BOM, whitespace, XML declaration and comments. */
    private static String skipMarkup(String text) {
        String rest = text;
        while (true) {
            rest = withoutLeadingSpace(rest);
            if (rest.startsWith("<?")) {
                int end = rest.indexOf("?>");
                rest = end < 0 ? "" : rest.substring(end + 2);
            } else if (rest.startsWith("<!--")) {
                int end = rest.indexOf("-->");
                rest = end < 0 ? "" : rest.substring(end + 3);
            } else {
                return rest.isEmpty() ? null : rest;
            }
        }
    }
}
