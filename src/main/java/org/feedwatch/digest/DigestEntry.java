package org.feedwatch.digest;

import java.util.List;
import java.util.Locale;

/**
 * One feed item as a digest shows it. Every field comes from an untrusted feed (titles and snippets may
 * contain markup, quotes or ampersands) and is plain text; the templates escape it.
 *
 * @param title        the item's title
 * @param link         absolute http(s) URL of the item, or empty when the feed gave none
 * @param feedTitle    the title of the feed the item came from
 * @param publishedAt  publication time, formatted in the subscriber's zone (may be empty)
 * @param snippet      a short plain-text excerpt
 * @param matchedTerms the item's words that matched, for highlighting and the "matched:" line
 * @param meanings     what those words stand for when they do not say it themselves (the person a name rule
 *                     found: "Алеся Бяляцкага" → "Ales Bialiatski"); empty for keyword rules
 */
public record DigestEntry(
        String title,
        String link,
        String feedTitle,
        String publishedAt,
        String snippet,
        List<String> matchedTerms,
        List<String> meanings) {

    public DigestEntry {
        matchedTerms = List.copyOf(matchedTerms);
        meanings = List.copyOf(meanings);
    }

    /** The "matched:" line: {@code Алеся Бяляцкага → Ales Bialiatski}, or just the words for keyword rules. */
    public String why() {
        String words = String.join(", ", matchedTerms);
        return meanings.isEmpty() ? words : words + " → " + String.join(", ", meanings);
    }

    /**
     * Whether the title may be rendered as a link. The composer promises an http(s) URL or nothing; checking
     * the scheme again here keeps a {@code javascript:} link out of an email even if that promise is broken.
     */
    public boolean hasLink() {
        String lower = link == null ? "" : link.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }
}
