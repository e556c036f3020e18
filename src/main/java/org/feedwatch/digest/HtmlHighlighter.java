package org.feedwatch.digest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns untrusted plain text into HTML in which the given terms are emphasised.
 *
 * <p>Both the text and the terms come from outside, so no part of either ever reaches the output unescaped:
 * the terms are searched in the <em>raw</em> text (so a term like {@code amp} cannot match inside an
 * {@code &amp;} produced by escaping, and a term like {@code <b>} only matches those literal characters), and
 * every piece of text, marked or not, is escaped on the way out. The only markup in the result is the
 * {@code <strong>} this class writes itself.
 */
final class HtmlHighlighter {

    /** Explicit colours on both sides so the mark stays readable when a mail client switches to dark mode. */
    static final String MARK_STYLE = "background-color:#fff1a8;color:#1b1f24;font-weight:bold;";

    /** The class lets the dark-mode stylesheet recolour the mark where clients honour it. */
    static final String OPEN = "<strong class=\"fw-mark\" style=\"" + MARK_STYLE + "\">";
    private static final String CLOSE = "</strong>";

    /**
     * Compiled alternations by their regex: the same matched words come back in entry after entry and digest after
     * digest, and compiling was a tenth of rendering a digest. Bounded: cleared when full (a cache, not a store).
     */
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();
    private static final int MAX_PATTERNS = 10_000;

    private HtmlHighlighter() {
    }

    /**
     * @param text  plain text; {@code null} is treated as empty
     * @param terms terms to mark, matched case-insensitively (Unicode-aware); blank terms are ignored
     * @return escaped HTML with each occurrence of a term wrapped in {@code <strong>}
     */
    static String highlight(String text, Collection<String> terms) {
        String source = text == null ? "" : text;
        Pattern pattern = alternationOf(terms);
        StringBuilder html = new StringBuilder(source.length() + 64);
        int done = 0;
        if (pattern != null) {
            Matcher matcher = pattern.matcher(source);
            while (matcher.find()) {
                if (matcher.end() == matcher.start()) {
                    continue;
                }
                appendEscaped(html, source, done, matcher.start());
                html.append(OPEN);
                appendEscaped(html, source, matcher.start(), matcher.end());
                html.append(CLOSE);
                done = matcher.end();
            }
        }
        appendEscaped(html, source, done, source.length());
        return html.toString();
    }

    /**
     * One pattern for all terms, longest first so "Bialiatski Ales" wins over "Ales" where both match; each
     * term is quoted, so regex syntax in a term is just text.
     */
    private static Pattern alternationOf(Collection<String> terms) {
        if (terms == null) {
            return null;
        }
        List<String> usable = new ArrayList<>();
        for (String term : terms) {
            if (term != null && !term.isBlank() && !usable.contains(term.strip())) {
                usable.add(term.strip());
            }
        }
        if (usable.isEmpty()) {
            return null;
        }
        usable.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder regex = new StringBuilder();
        for (String term : usable) {
            if (regex.length() > 0) {
                regex.append('|');
            }
            regex.append(Pattern.quote(term));
        }
        if (PATTERNS.size() >= MAX_PATTERNS) {
            PATTERNS.clear();
        }
        return PATTERNS.computeIfAbsent(regex.toString(),
                r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /**
     * Numeric {@code &#39;} rather than jsoup's {@code &apos;}: the latter is not HTML 4, and Outlook's Word
     * renderer shows it literally.
     */
    private static void appendEscaped(StringBuilder html, String source, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = source.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }
}
