package org.feedwatch.feed;

/** Why a feed's next poll is when it is; shown with the feed's health so a surprising interval explains itself. */
public enum NextPollReason {
    /** Just added: polled at the next tick. */
    NEW,
    /** Re-enabled by the administrator: polled at the next tick. */
    ENABLED,
    /** The feed's own poll interval ({@code pollMinutes}): its publishing rhythm is not known yet. */
    STARTING_INTERVAL,
    /** One poll per expected new item, from the items of the recent window. */
    PUBLISHING_RATE,
    /** The interval came out shorter than {@code feedwatch.poll.min-interval} and was raised to it. */
    MIN_INTERVAL,
    /** The interval came out longer than {@code feedwatch.poll.max-interval} (or the feed is quiet). */
    MAX_INTERVAL,
    /** The server's Cache-Control max-age or Expires says the feed stays fresh longer. */
    HTTP_CACHE,
    /** The feed's RSS {@code <ttl>}. */
    FEED_TTL,
    /** The feed's {@code sy:updatePeriod} / {@code sy:updateFrequency}. */
    FEED_UPDATE_PERIOD,
    /** Moved out of the feed's {@code <skipHours>} / {@code <skipDays>}. */
    SKIP_HOURS_OR_DAYS,
    /** The last poll failed: exponential back-off with jitter, capped by {@code feedwatch.poll.max-backoff}. */
    BACKOFF,
    /** The server answered 429 or 503 with a Retry-After that asked for more than the back-off. */
    RETRY_AFTER,
    /** A WebSub hub pushes the feed's news: polled as a safety net ({@code feedwatch.websub.safety-net-interval}). */
    WEBSUB_SAFETY_NET,
    /** Polled early enough to renew the WebSub lease ({@code feedwatch.websub.renew-before} before it ends). */
    WEBSUB_RENEWAL,
    /** Set by hand (the demo polls its feeds itself on the first run). */
    SET_BY_HAND
}
