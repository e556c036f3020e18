/**
 * WebSub (push): after a poll of a feed that advertises a hub, subscribe with a callback under the server's public
 * base URL and a secret derived from the server key; answer the hub's verification of intent; accept pushed content
 * only with a valid {@code X-Hub-Signature} and store it through ingest as if polled; renew before the lease ends
 * (on the poll path); unsubscribe when a feed is deleted. The state lives on the feed ({@code WebSubSubscription});
 * the decisions ({@code SubscribePolicy}, {@code Verification}, {@code HubSignature}) are plain Java.
 * May depend on feed, ingest and config; may not depend on rule, match, digest, delivery or web. Nothing but web
 * depends on it (ingest tells it of polls by the {@code FeedPolled} event).
 */
package org.feedwatch.websub;
