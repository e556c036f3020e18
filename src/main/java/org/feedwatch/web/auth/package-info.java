/**
 * Administrator authentication through the container's application security (Jakarta Security 3.0): one
 * {@link jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism} that takes HTTP Basic
 * on the API and a login form (with its own HTTP session) on the admin pages, an identity store checking a PBKDF2
 * hash from configuration, login throttling, the login and logout pages, and the operators' hash tool. web.xml
 * declares what needs the {@code admin} role. This package may use config and web (Pages, CsrfTokens) but nothing
 * about feeds, subscribers or mail.
 */
package org.feedwatch.web.auth;
