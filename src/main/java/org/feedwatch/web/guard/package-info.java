/**
 * What guards every HTTP request before a resource sees it: security headers on every answer (including static
 * files and the server's own errors), the cross-site request forgery check (an Origin from elsewhere is refused; a
 * form must carry the token of its browser's cookie), and the per-address and per-client rate limits. Depends only
 * on configuration and the Servlet and Jakarta REST APIs; no services, no persistence, no templates.
 */
package org.feedwatch.web.guard;
