package org.feedwatch.ingest;

import java.util.Optional;
import org.feedwatch.feed.FeedStatus;

/** What one poll of one feed did. */
public record PollResult(long feedId, FeedStatus status, int newItems, int newMatches, Optional<String> error) {

    static PollResult failed(long feedId, String error) {
        return new PollResult(feedId, FeedStatus.ERROR, 0, 0, Optional.of(error));
    }
}
