/**
 * The public sign-up with double opt-in: a sign-up stores an unconfirmed subscriber (and their rules) and records a
 * confirmation mail in the outbox; the signed, expiring link in it confirms; sign-ups left unconfirmed are purged.
 * Every sign-up gets the same answer whatever the address's state, and at most one mail per address per interval.
 * Uses subscribers, rules (to check and store the sign-up's rules), the outbox and the template renderer; may not
 * talk SMTP, match or compose digests, and knows nothing of HTTP.
 */
package org.feedwatch.optin;
