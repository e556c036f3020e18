/**
 * Brings feed items in from the outside world: {@link org.feedwatch.ingest.FeedFetcher} downloads a feed over HTTP(S)
 * with hard limits on size, time, redirects and requests per host, and refuses non-public addresses ({@link
 * org.feedwatch.ingest.AddressGuard}); {@link org.feedwatch.ingest.FeedParser} works out the real character encoding
 * and turns the bytes (RSS, RDF, Atom through Rome; JSON Feed through JSON-P) into plain records with text, sanitised
 * HTML and the document's poll hints; {@link org.feedwatch.ingest.DedupKey} gives each item a stable identity and
 * {@link org.feedwatch.ingest.ItemStore} stores new items and updates changed ones; {@link
 * org.feedwatch.ingest.PollSchedule} decides when each feed is polled next (a long safety-net interval while a WebSub
 * hub pushes). The fetcher also posts WebSub hub requests ({@code postForm}), under the same guard; pushed content
 * comes back in through {@code IngestService.pushed}, and every poll ends with a {@link
 * org.feedwatch.ingest.FeedPolled} event, so ingest never depends on the websub package. Everything received is
 * treated as hostile. The fetch and parse classes are plain Java (no CDI) and may depend only on the JDK, Rome (with
 * its JDOM), JSON-P and jsoup; Rome's types never leave {@code RomeFeedReader} (and the package-private helpers it
 * hands them to, such as {@code PollHintsReader}). They may not depend on any other Feedwatch package, so they can be
 * tested without a server; the schedule uses only the feed package's plain value types.
 */
package org.feedwatch.ingest;
