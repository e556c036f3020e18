/**
 * Finding the feed behind an address a user pastes: {@link org.feedwatch.discovery.FeedDiscovery} fetches it through
 * the one guarded {@link org.feedwatch.ingest.FeedFetcher} (no second HTTP client), keeps it when it is a feed, and
 * otherwise reads the page's {@code <link rel="alternate">} feed links ({@link org.feedwatch.discovery.FeedLinks},
 * jsoup) or, when there are none, tries a few common feed paths on the same site.
 * {@link org.feedwatch.discovery.FeedDiscoveryService} checks the input first, then adds the one feed found or
 * answers with the choices. Everything fetched is hostile input. May depend on {@code feed}, {@code ingest},
 * {@code config} and {@code common}; not on rules, matching, digests, delivery or web.
 */
package org.feedwatch.discovery;
