package org.feedwatch.ingest;

import java.util.Optional;
import org.feedwatch.feed.FeedStatus;

/**
 * What one poll of one feed did.
 *
 * @param updatedItems known items whose title or text the feed changed (revised in place, never a second alert)
 * @param newMatches   matches stored by this poll, for new items and for rules that newly match an updated one
 */
public record PollResult(long feedId, FeedStatus status, int newItems, int updatedItems, int newMatches,
                         Optional<String> error) {

    /** @param status ERROR, or GONE for a 410 */
    static PollResult failed(long feedId, FeedStatus status, String error) {
        return new PollResult(feedId, status, 0, 0, 0, Optional.of(error));
    }
}
