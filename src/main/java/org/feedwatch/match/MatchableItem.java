package org.feedwatch.match;

import java.util.Objects;

/**
 * The text of a feed item that rules are matched against, already free of HTML. Use {@code ""} for an
 * absent title or summary.
 */
public record MatchableItem(String title, String summary) {

    public MatchableItem {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
    }
}
