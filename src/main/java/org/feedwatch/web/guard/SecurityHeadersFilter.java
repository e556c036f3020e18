package org.feedwatch.web.guard;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every answer of the application, set before anything runs so that static files, errors and
 * redirects carry them too. Scripts only from our own files (no inline script, no eval); inline styles stay allowed
 * because mail HTML (shown in the archive and the dev mailbox) can only carry inline styles.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    public static final String CSP = "default-src 'none'; script-src 'self'; connect-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' https: data:; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, response);
    }

    /**
     * Sets the headers on an answer. Also called by the login mechanism, which runs before any filter and answers
     * some requests itself (401, 429, the redirect to the login page).
     */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        // same-origin, not no-referrer: signed links never reach another site in a Referer, and browsers still send
        // our Origin with our own forms (under no-referrer it is "null", indistinguishable from a sandboxed attacker).
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
