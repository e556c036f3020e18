package org.feedwatch.feed;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** What an item says, already parsed and sanitised: the shape the ingest step hands to storage. */
public record ItemContent(Optional<String> guid, Optional<String> link, String title, String summaryText,
        String summaryHtml, Optional<Instant> published) {

    public ItemContent {
        Objects.requireNonNull(guid);
        Objects.requireNonNull(link);
        Objects.requireNonNull(title);
        Objects.requireNonNull(summaryText);
        Objects.requireNonNull(summaryHtml);
        Objects.requireNonNull(published);
    }
}
