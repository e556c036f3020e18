package org.feedwatch.archive;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a subscriber's private feed: one matched item, however many of their rules matched it. Plain text
 * throughout; the writer makes it XML.
 *
 * @param id          a stable URN, the same for this subscriber and item on every fetch
 * @param link        the item's http(s) address, when the feed gave one
 * @param summary     the snippet and why it matched, one line per rule
 * @param sourceTitle the title of the feed the item came from
 * @param sourceUrl   that feed's address
 */
public record FeedEntry(String id, String title, Optional<String> link, Instant published, Instant updated,
        String summary, String sourceTitle, String sourceUrl) {

    public FeedEntry {
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
        Objects.requireNonNull(link);
        Objects.requireNonNull(published);
        Objects.requireNonNull(updated);
        Objects.requireNonNull(summary);
        Objects.requireNonNull(sourceTitle);
        Objects.requireNonNull(sourceUrl);
    }
}
