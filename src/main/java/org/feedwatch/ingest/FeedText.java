package org.feedwatch.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks on a feed's raw bytes and decoded text that come before XML parsing. */
final class FeedText {

    /** Characters XML 1.0 forbids (C0 controls but tab/CR/LF, lone surrogates, U+FFFE, U+FFFF). */
    private static final Pattern INVALID_XML_CHARS = Pattern.compile(
            "[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");
    private static final Pattern CHARSET_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:+-]{0,39}");
    private static final int SNIFF_BYTES = 4096;

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

    /** True when the document starts like an HTML page (after any XML declaration and comments). */
    static boolean looksLikeHtml(byte[] body) {
        String start = skipMarkup(head(body));
        if (start == null) {
            return false;
        }
        String lower = start.toLowerCase(Locale.ROOT);
        return lower.startsWith("<!doctype html") || lower.startsWith("<html");
    }

    /**
     * The content type to give Rome's XmlReader: the HTTP charset, when there is one, and otherwise the BOM and XML
     * declaration, then UTF-8 (RFC 7303). The media type itself is dropped because Rome applies RFC 3023's US-ASCII
     * default to text/* types, which garbles the many UTF-8 feeds served as plain "text/xml" without a declaration.
     * (When the HTTP charset and the XML declaration disagree, Rome's lenient mode goes with the declaration.)
     */
    static String xmlContentType(Optional<String> contentType) {
        return "application/xml" + contentType.flatMap(FeedText::charset).map(cs -> "; charset=" + cs).orElse("");
    }

    static String withoutInvalidXmlChars(String xml) {
        return INVALID_XML_CHARS.matcher(xml).replaceAll("");
    }

    private static Optional<String> charset(String contentType) {
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("charset")) {
                String name = pair[1].trim().replace("\"", "");
                return CHARSET_NAME.matcher(name).matches() ? Optional.of(name) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The first bytes as Latin-1, which keeps ASCII markup readable whatever the real encoding. */
    private static String head(byte[] body) {
        return new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    }

    /** The text from the first element or DOCTYPE on, skipping BOM, whitespace, XML declaration and comments. */
    private static String skipMarkup(String text) {
        String rest = text.startsWith("\u00ef\u00bb\u00bf") ? text.substring(3) : text;
        while (true) {
            rest = rest.stripLeading();
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
