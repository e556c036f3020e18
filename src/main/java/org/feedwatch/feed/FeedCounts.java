package org.feedwatch.feed;

/** Feeds by health: enabled and answering, enabled and failing, disabled (by hand or because they are gone). */
public record FeedCounts(long ok, long failing, long disabled) {

    public long total() {
        return ok + failing + disabled;
    }
}
