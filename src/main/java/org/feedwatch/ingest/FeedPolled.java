package org.feedwatch.ingest;

/**
 * A poll of the feed has ended, whatever its outcome, and its transaction has committed. Fired synchronously on the
 * polling thread, outside any transaction: WebSub (re)subscribes on it, without ingest depending on WebSub.
 */
public record FeedPolled(long feedId) {
}
