package org.feedwatch.archive;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A subscriber's private feed, ready to be written: newest entry first.
 *
 * @param id      a stable URN for this subscriber's feed
 * @param selfUrl the feed's own (secret) address
 * @param updated when the newest entry was matched or revised; the server's start of time when there is none
 */
public record MatchFeedDocument(String id, String title, String selfUrl, Instant updated, List<FeedEntry> entries) {

    public MatchFeedDocument {
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
        Objects.requireNonNull(selfUrl);
        Objects.requireNonNull(updated);
        entries = List.copyOf(entries);
    }
}
