package org.feedwatch.feed;

/** Where a feed's WebSub subscription stands. */
public enum WebSubState {
    /** No subscription: the feed advertises no hub, or one was just found and is not asked yet. */
    NONE,
    /** Subscription requested; the hub has not verified it yet. */
    PENDING,
    /** The hub verified it; content is pushed until the lease ends. */
    ACTIVE,
    /** The hub refused the request or denied the subscription; retried later, the feed is polled as usual. */
    FAILED
}
