package org.feedwatch.match;

import java.util.Objects;
import org.feedwatch.feed.Item;

/**
 * The text of a feed item that rules are matched against, already free of HTML. Use {@code ""} for an
 * absent title or summary.
 */
public record MatchableItem(String title, String summary) {

    /** What a stored item is matched on. */
    public static MatchableItem of(Item item) {
        return new MatchableItem(item.title(), item.summaryText());
    }

    public MatchableItem {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
    }
}
