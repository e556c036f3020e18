/**
 * What a subscriber can read back: the list of digests recorded for them (their archive, read from the outbox,
 * newest first, a page at a time) and their private Atom feed of matches, generated with Rome at a secret URL.
 * Reads the match, rule, subscriber and outbox (delivery) models and never changes them; Rome's types stay in
 * {@link org.feedwatch.archive.AtomFeedWriter}. No SMTP, no templates, no HTTP.
 */
package org.feedwatch.archive;
