package org.feedwatch.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ForbiddenException;
import org.feedwatch.web.guard.CsrfTokens;

/**
 * Checks that a page's POST came from a form this server rendered for this browser: the form's {@code csrf} field
 * (or the {@code X-CSRF-Token} header of a script) must be the HMAC of the browser's {@code fw_csrf} cookie. A
 * forged form from another site has neither, and gets a 403 before anything is read or stored.
 */
@RequestScoped
public class FormGuard {

    static final String FIELD = CsrfTokens.FIELD;

    @Inject
    HttpServletRequest request;

    @Inject
    CsrfTokens tokens;

    /** Throws 403 unless {@code formToken} (or the header) matches this browser's cookie. */
    public void check(String formToken) {
        String token = formToken != null && !formToken.isBlank() ? formToken : request.getHeader(CsrfTokens.HEADER);
        if (!tokens.valid(cookieValue(), token)) {
            throw new ForbiddenException();
        }
    }

    private String cookieValue() {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (CsrfTokens.COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }
}
