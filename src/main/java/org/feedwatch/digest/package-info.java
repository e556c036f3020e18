/**
 * Digests: the digest timer (thin), who is due, composing a digest from a subscriber's unsent matches (one entry
 * per story, near-duplicates grouped by {@code org.feedwatch.story}), rendering it with the template engine, which
 * stays behind {@link org.feedwatch.digest.TemplateRenderer}, and the read-online version of a recorded digest.
 * Composing records the rendered digest in the outbox and marks its matches in one transaction. May not talk
 * SMTP or build MIME (that is delivery's job) and may not fetch or match.
 */
package org.feedwatch.digest;
