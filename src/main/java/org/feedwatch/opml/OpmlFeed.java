package org.feedwatch.opml;

import java.util.Objects;
import java.util.Optional;

/** A feed to write into an OPML list. */
public record OpmlFeed(String url, Optional<String> title) {

    public OpmlFeed {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
    }
}
