package org.feedwatch.ingest;

import java.net.URI;
import java.util.Objects;

/** The bytes of a feed could not be read as RSS or Atom; the message names the feed URL and the reason. */
public class FeedParseException extends Exception {

    private static final long serialVersionUID = 1L;

    private final URI feedUri;

    public FeedParseException(URI feedUri, String problem) {
        this(feedUri, problem, null);
    }

    public FeedParseException(URI feedUri, String problem, Throwable cause) {
        super(feedUri + ": " + problem, cause);
        this.feedUri = Objects.requireNonNull(feedUri, "feedUri");
    }

    public URI feedUri() {
        return feedUri;
    }
}
