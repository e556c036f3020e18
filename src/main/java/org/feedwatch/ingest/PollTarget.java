package org.feedwatch.ingest;

import java.net.URI;
import java.util.Optional;

/** What a poll needs to know about a feed before fetching it, read outside any long transaction. */
public record PollTarget(long feedId, URI url, Optional<String> etag, Optional<String> lastModified) {
}
