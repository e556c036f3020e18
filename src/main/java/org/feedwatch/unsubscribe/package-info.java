/**
 * The mailto: half of List-Unsubscribe: an optional reader of the mailbox that receives the requests, over IMAP
 * (Jakarta Mail's provider, from the server's mail feature). A mail whose subject carries a valid signed request
 * unsubscribes that subscriber; every mail it has dealt with is deleted. May depend on the subscriber package and
 * configuration only; never sends mail (no reply, so no mail loop).
 */
package org.feedwatch.unsubscribe;
