package org.feedwatch.story;

import java.time.Instant;
import java.util.Objects;

/**
 * One item as story grouping sees it: plain text only (titles and summaries are already plain text).
 * {@code text}, {@code link} and {@code source} may be empty or null; {@code title} and
 * {@code publishedAt} are required.
 */
public record StoryItem(long itemId, String title, String text, String link, String source, Instant publishedAt) {

    public StoryItem {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publishedAt, "publishedAt");
        text = text == null ? "" : text;
        link = link == null ? "" : link;
        source = source == null ? "" : source;
    }

    /** True when the item has no text of its own beyond its title (a headline-only feed entry). */
    public boolean isTitleOnly() {
        return text.isBlank();
    }
}
