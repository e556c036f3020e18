package org.feedwatch.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.feedwatch.digest.TemplateRenderer;
import org.feedwatch.web.guard.CsrfCookieWriter;
import org.feedwatch.web.guard.CsrfTokens;

/**
 * Renders a page for the current request: the template's model plus {@code csrf}, the token every form of the page
 * carries (see {@link CsrfTokens}). A browser without the cookie yet gets one with this answer.
 */
@RequestScoped
public class Pages {

    /** The request attribute holding a cookie value made during this request; {@link CsrfCookieWriter} sets it. */
    static final String NEW_COOKIE = CsrfCookieWriter.NEW_COOKIE;

    @Inject
    HttpServletRequest request;

    @Inject
    CsrfTokens csrf;

    @Inject
    TemplateRenderer renderer;

    public String render(String template, Map<String, Object> model) {
        Map<String, Object> full = new HashMap<>(model);
        full.put("csrf", csrfToken());
        return renderer.renderPage(template, full);
    }

    /** The token for this browser, making it a cookie value first when it has none (or a value we did not make). */
    public String csrfToken() {
        return csrf.tokenFor(cookieValue());
    }

    private String cookieValue() {
        Object made = request.getAttribute(NEW_COOKIE);
        if (made instanceof String value) {
            return value;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (CsrfTokens.COOKIE.equals(cookie.getName()) && CsrfTokens.wellFormed(cookie.getValue())) {
                    return cookie.getValue();
                }
            }
        }
        String fresh = csrf.newCookieValue();
        request.setAttribute(NEW_COOKIE, fresh);
        return fresh;
    }
}
