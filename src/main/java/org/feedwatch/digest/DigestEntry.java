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
 * @param matchedTerms the rule terms that matched, for highlighting and the "matched:" line
 */
public record DigestEntry(
        String title,
        String link,
        String feedTitle,
        String publishedAt,
        String snippet,
        List<String> matchedTerms) {

    public DigestEntry {
        matchedTerms = List.copyOf(matchedTerms);
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
