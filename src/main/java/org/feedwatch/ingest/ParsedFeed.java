package org.feedwatch.ingest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A feed as Feedwatch keeps it.
 *
 * @param title     plain text; the feed URL's host when the feed has no title
 * @param siteLink  the absolute http(s) address of the site the feed belongs to, when it gives one
 * @param items     in document order
 * @param pollHints what the document says about how often to read it
 */
public record ParsedFeed(String title, Optional<String> siteLink, List<ParsedItem> items, PollHints pollHints) {

    public ParsedFeed {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(siteLink, "siteLink");
        items = List.copyOf(items);
        Objects.requireNonNull(pollHints, "pollHints");
    }

    /** A feed whose document says nothing about polling. */
    public ParsedFeed(String title, Optional<String> siteLink, List<ParsedItem> items) {
        this(title, siteLink, items, PollHints.NONE);
    }
}
