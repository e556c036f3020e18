package org.feedwatch.web;

import java.time.Instant;
import java.util.List;
import org.feedwatch.feed.Enclosure;
import org.feedwatch.feed.Item;

/**
 * A stored item as the API shows it. {@code summaryText} is the text rules are matched against; the HTML fields are
 * sanitised; {@code publishedAt} is the time first seen when the feed gave no date.
 */
public record ItemView(long id, String guid, String link, String title, String summaryText, String summaryHtml,
        String contentHtml, List<String> authors, List<String> categories, List<EnclosureView> enclosures,
        String thumbnailUrl, Instant publishedAt, Instant firstSeenAt, Instant updatedAt) {

    /** A file attached to an item; {@code length} in bytes as the feed states it. */
    public record EnclosureView(String url, String mediaType, Long length) {
        static EnclosureView of(Enclosure e) {
            return new EnclosureView(e.url(), e.mediaType().orElse(null),
                    e.length().isPresent() ? e.length().getAsLong() : null);
        }
    }

    /** Reads the item's enclosures: call inside the transaction that loaded it. */
    public static ItemView of(Item i) {
        return new ItemView(i.id(), i.guid().orElse(null), i.link().orElse(null), i.title(), i.summaryText(),
                i.summaryHtml(), i.contentHtml(), i.authors(), i.categories(),
                i.enclosures().stream().map(EnclosureView::of).toList(), i.thumbnailUrl().orElse(null),
                i.publishedAt(), i.firstSeenAt(), i.updatedAt().orElse(null));
    }
}
