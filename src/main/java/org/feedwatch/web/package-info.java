/**
 * The HTTP side: the admin JSON API under {@code /api} (Jakarta REST, HTTP Basic), the pages (dev mailbox,
 * unsubscribe, subscription and archive, demo feeds), the public WebSub callbacks, exception mappers that turn
 * expected failures into 4xx JSON naming the field, and the security filters. Resources parse and check input, then
 * call a service; no business logic and no queries here.
 */
package org.feedwatch.web;
