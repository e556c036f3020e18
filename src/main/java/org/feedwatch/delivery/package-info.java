/**
 * Getting mail out: the outbox (a digest recorded for sending, in the same transaction that marks its matches),
 * MIME building (multipart text + HTML, unsubscribe headers, a stable Message-ID), the sender that drains the
 * outbox over one SMTP connection per batch — claiming each row with a conditional UPDATE so no two senders send it,
 * backing off as a whole while the mail server cannot be reached, retrying a 4xx per message, failing a 5xx with the
 * server's words — and the dev mailbox used when no SMTP host is set. A hard bounce is counted on the subscriber
 * in the transaction that fails the message, so this package may use the subscriber entity; it may not depend on
 * feeds, rules, matching, digests or templates: it sends what the digest step rendered.
 */
package org.feedwatch.delivery;
