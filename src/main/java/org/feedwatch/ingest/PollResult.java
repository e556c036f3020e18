package org.feedwatch.ingest;

import java.util.Optional;
import org.feedwatch.feed.FeedStatus;

/** What one poll of one feed did. */
public record PollResult(long feedId, FeedStatus status, int newItems, int newMatches, Optional<String> error) {

    /** @param status ERROR, or GONE for a 410 */
    static PollResult failed(long feedId, FeedStatus status, String error) {
        return new PollResult(feedId, status, 0, 0, Optional.of(error));
    }
}
