package org.feedwatch.opml;

import java.util.List;

/** What {@link OpmlReader} found: the feed outlines, and the outlines that are not feeds. */
public record OpmlDocument(List<OpmlOutline> feeds, List<OpmlProblem> problems) {

    public OpmlDocument {
        feeds = List.copyOf(feeds);
        problems = List.copyOf(problems);
    }
}
