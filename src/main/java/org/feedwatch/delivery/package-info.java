/**
 * Getting mail out: the outbox (a digest recorded for sending, in the same transaction that marks its matches),
 * MIME building (multipart text + HTML, unsubscribe headers, a stable Message-ID), the sender that drains the
 * outbox over one SMTP connection per batch with retries, and the dev mailbox used when no SMTP host is set.
 * May not depend on feeds, rules, matching or templates: it sends what the digest step rendered.
 */
package org.feedwatch.delivery;
