package org.feedwatch.story;

import java.time.Instant;
import java.util.Objects;

/** TEMPORARY stand-in for branch {@code stories}' record of the same name (same API); removed when it lands. */
public record StoryItem(long itemId, String title, String text, String link, String source, Instant publishedAt) {

    public StoryItem {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publishedAt, "publishedAt");
        text = text == null ? "" : text;
        link = link == null ? "" : link;
        source = source == null ? "" : source;
    }
}
