/**
 * The feeds Feedwatch watches and the items stored from them: the {@code Feed} and {@code Item} entities, their
 * repositories, adding, enabling, disabling and removing feeds, and a feed's health ({@code FeedHealth}: last status,
 * the failing episode, counters; the next poll and why), and a feed's WebSub subscription state ({@code
 * WebSubSubscription}: hub, topic, callback token, state, lease; the protocol is the websub package's). It records
 * the polling policy's decisions but does not make them (that is ingest's {@code PollSchedule}). May not depend on
 * fetching, rules, matching, digests or mail; those depend on this package.
 */
package org.feedwatch.feed;
