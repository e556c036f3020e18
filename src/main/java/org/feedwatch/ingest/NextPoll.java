package org.feedwatch.ingest;

import java.time.Instant;
import java.util.Objects;
import org.feedwatch.feed.NextPollReason;

/** When a feed is polled next, and which rule decided it. */
public record NextPoll(Instant at, NextPollReason reason) {

    public NextPoll {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
    }
}
