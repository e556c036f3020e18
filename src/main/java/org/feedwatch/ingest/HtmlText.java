package org.feedwatch.ingest;

import java.net.URI;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/** Turns the HTML found in feeds into plain text or into sanitised HTML, with jsoup. */
final class HtmlText {

    /**
     * Text formatting, links and http(s) images only: no scripts, styles, frames, forms or event handlers.
     * Links open nothing with our page's privileges (noopener) and pass no ranking (nofollow).
     */
    private static final Safelist SAFELIST = Safelist.basicWithImages()
            .addEnforcedAttribute("a", "rel", "nofollow noopener");

    private HtmlText() {
    }

    /** The text a reader would see: tags dropped (script and style contents too), entities decoded. */
    static String plain(String html) {
        return collapse(Jsoup.parseBodyFragment(html).body().text());
    }

    /** Whitespace runs (non-breaking spaces included) become one space; ends are trimmed. */
    static String collapse(String text) {
        return text.replaceAll("[\\s\\u00a0\\u2007\\u202f]+", " ").strip();
    }

    /** Plain text as HTML that shows it literally. */
    static String escape(String text) {
        return Entities.escape(text);
    }

    /**
     * HTML from a feed reduced to the safe list (relative links and images made absolute against the base), and its
     * text as by {@link #plain}.
     */
    record Cleaned(String html, String text) {
    }

    /** The sanitised form and the plain text of the same HTML, parsed once. */
    static Cleaned clean(String html, URI base) {
        if (html.isBlank()) {
            return new Cleaned("", "");
        }
        Document dirty = Jsoup.parseBodyFragment(html, base.toString());
        String text = collapse(dirty.body().text());
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        clean.select("img:not([src])").remove();                // its src was data:, javascript: or relative junk
        clean.outputSettings().prettyPrint(false);
        return new Cleaned(clean.body().html(), text);
    }

    /** Plain text as HTML that shows it literally, line breaks kept. */
    static String textAsHtml(String text) {
        return escape(text.strip()).replaceAll("\\r?\\n", "<br>");
    }

    /** At most {@code max} characters, ending in "…" when cut; never splits a surrogate pair. */
    static String truncate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + "…";
    }

    /** The first words of {@code text}, about {@code max} characters, cut at a space when there is one. */
    static String firstWords(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int space = text.lastIndexOf(' ', max - 1);
        return space > max / 2 ? text.substring(0, space) + "…" : truncate(text, max);
    }
}
