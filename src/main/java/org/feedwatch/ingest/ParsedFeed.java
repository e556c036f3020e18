package org.feedwatch.ingest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A feed as Feedwatch keeps it.
 *
 * @param title     plain text; the feed URL's host when the feed has no title
 * @param siteLink  the absolute http(s) address of the site the feed belongs to, when it gives one
 * @param hubUrl    the WebSub hub the feed advertises (Atom or atom:link rel="hub", JSON Feed hubs of type WebSub)
 * @param selfUrl   the feed's own address as the feed states it (rel="self", JSON Feed feed_url)
 * @param items     in document order
 * @param pollHints what the document says about how often to read it
 */
public record ParsedFeed(String title, Optional<String> siteLink, Optional<String> hubUrl, Optional<String> selfUrl,
                         List<ParsedItem> items, PollHints pollHints) {

    public ParsedFeed {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(siteLink, "siteLink");
        Objects.requireNonNull(hubUrl, "hubUrl");
        Objects.requireNonNull(selfUrl, "selfUrl");
        items = List.copyOf(items);
        Objects.requireNonNull(pollHints, "pollHints");
    }

    /** A feed that advertises no hub and no self link and says nothing about polling. */
    public ParsedFeed(String title, Optional<String> siteLink, List<ParsedItem> items) {
        this(title, siteLink, Optional.empty(), Optional.empty(), items, PollHints.NONE);
    }
}
