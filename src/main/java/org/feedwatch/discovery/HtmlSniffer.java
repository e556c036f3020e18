package org.feedwatch.discovery;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** Tells an HTML page from other content: by Content-Type, or by how the document starts. */
final class HtmlSniffer {

    private static final int SNIFF_BYTES = 4096;

    private HtmlSniffer() {
    }

    static boolean isHtml(byte[] body, Optional<String> contentType) {
        String type = contentType.map(FeedLinks::mediaType).orElse("");
        return type.equals("text/html") || type.equals("application/xhtml+xml") || startsLikeHtml(body);
    }

    /** True when, after BOM, whitespace, XML declaration and comments, the document opens an HTML page. */
    static boolean startsLikeHtml(byte[] body) {
        // Latin-1 keeps ASCII markup readable whatever the real encoding; UTF-16 pages are rare enough to ignore.
        String rest = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        if (rest.startsWith("\u00ef\u00bb\u00bf")) {
            rest = rest.substring(3);
        }
        while (true) {
            rest = rest.stripLeading();
            String end = rest.startsWith("<?") ? "?>" : rest.startsWith("<!--") ? "-->" : null;
            if (end == null) {
                break;
            }
            int at = rest.indexOf(end);
            if (at < 0) {
                return false;
            }
            rest = rest.substring(at + end.length());
        }
        String start = rest.toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head");
    }
}
