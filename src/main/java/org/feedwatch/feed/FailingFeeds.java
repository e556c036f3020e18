package org.feedwatch.feed;

import java.util.List;

/**
 * The feeds that need the administrator: enabled feeds failing for longer than the report threshold, and feeds
 * that are not polled (disabled by hand, or gone: 410).
 */
public record FailingFeeds(List<Long> failingIds, long disabled, long gone) {

    public FailingFeeds {
        failingIds = List.copyOf(failingIds);
    }
}
