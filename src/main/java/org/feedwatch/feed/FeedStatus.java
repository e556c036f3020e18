package org.feedwatch.feed;

/** The outcome of a feed's last poll. */
public enum FeedStatus {
    /** Added, not polled yet. */
    NEW,
    /** Fetched and parsed. */
    OK,
    /** The server said 304: nothing changed since the last poll. */
    NOT_MODIFIED,
    /** The fetch or the parse failed; {@code lastError} says why. The feed is retried with back-off. */
    ERROR,
    /** The server said 410 Gone: the publisher removed the feed, so it is disabled until re-enabled by hand. */
    GONE
}
