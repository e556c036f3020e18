package org.feedwatch.discovery;

import java.util.Objects;
import java.util.Optional;

/**
 * A feed found for a page.
 *
 * @param url   absolute http(s) URL of the feed
 * @param title the link's title attribute (or the feed's own title for a common path), when there is one
 * @param type  the media type the page declared, e.g. {@code application/atom+xml}, or the Content-Type the feed
 *              was served with (without parameters) for a common path; empty when unknown
 */
public record FeedChoice(String url, Optional<String> title, Optional<String> type) {

    public FeedChoice {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
    }
}
