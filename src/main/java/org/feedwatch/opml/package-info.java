/**
 * OPML, the feed list format of every feed reader: {@link org.feedwatch.opml.OpmlReader} reads a list safely (a
 * hardened JDK parser that refuses any DOCTYPE, so no external entities, DTD downloads or entity expansion) into
 * outlines with their line, folder path and categories; {@link org.feedwatch.opml.OpmlService} adds each feed
 * through {@code FeedService} and reports the ones it could not add; {@link org.feedwatch.opml.OpmlWriter} writes
 * all feeds as OPML 2.0. Feeds have no category yet, so folders and categories are reported, not stored. May
 * depend on {@code feed}, {@code config} and {@code common}; not on fetching, rules, matching, digests or web.
 */
package org.feedwatch.opml;
