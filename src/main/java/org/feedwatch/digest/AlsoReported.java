package org.feedwatch.digest;

import java.util.Locale;

/**
 * Another report of a story a digest entry shows: the same story from another feed, republished wire copy or a
 * rewrite.
 *
 * @param source the title of the feed that carried it (untrusted text)
 * @param link   absolute http(s) URL of that report, or empty
 */
public record AlsoReported(String source, String link) {

    /** Same promise as {@link DigestEntry#hasLink()}: only http(s) links become anchors. */
    public boolean hasLink() {
        String lower = link == null ? "" : link.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }
}
