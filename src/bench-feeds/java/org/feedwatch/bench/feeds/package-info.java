/**
 * The feed-polling benchmark (issue 4), compiled and run only by the Maven profile {@code benchmark-feeds}: a local
 * HTTP server on 127.0.0.1 serves thousands of generated feeds with ETags, and the project's real
 * {@link org.feedwatch.ingest.FeedFetcher}, {@link org.feedwatch.ingest.FeedParser} and
 * {@link org.feedwatch.ingest.DedupKey} poll them on a fixed thread pool the size of the production poll
 * concurrency; storing is approximated with plain JDBC into embedded Derby on the application's Flyway schema
 * (the real path is JPA inside Liberty). It may depend on the ingest and feed packages, Rome (only to measure Rome
 * alone), Flyway, Derby and the JDK; nothing in the application depends on it. Traffic goes to 127.0.0.1 only.
 */
package org.feedwatch.bench.feeds;
