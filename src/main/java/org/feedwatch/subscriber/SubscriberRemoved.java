package org.feedwatch.subscriber;

/** Fired (and observed after commit) when a subscriber is removed; the database drops their rules with them. */
public record SubscriberRemoved(long subscriberId) {
}
