/**
 * Brings feed items in from the outside world: {@link org.feedwatch.ingest.FeedFetcher} downloads a feed over
 * HTTP(S) with hard limits on size, time and redirects and refuses non-public addresses
 * ({@link org.feedwatch.ingest.AddressGuard}); {@link org.feedwatch.ingest.FeedParser} turns the bytes into plain
 * records with text and sanitised HTML; {@link org.feedwatch.ingest.DedupKey} gives each item a stable identity.
 * Everything received is treated as hostile. The fetch and parse classes are plain Java (no CDI) and may depend
 * only on the JDK, Rome and jsoup; Rome's types never leave {@code FeedParser}. They may not depend on any other
 * Feedwatch package, so they can be tested without a server.
 */
package org.feedwatch.ingest;
