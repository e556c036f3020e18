package org.feedwatch.web.guard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.ext.Provider;

/**
 * Sets the CSRF cookie on the answer of a page that made one (see {@code Pages}): HttpOnly, so no script reads it;
 * SameSite=Lax, so another site's form posts go without it; Secure whenever the page came over HTTPS.
 */
@Provider
public class CsrfCookieWriter implements ContainerResponseFilter {

    /** The request attribute a page sets to the cookie value it made; see {@code org.feedwatch.web.Pages}. */
    public static final String NEW_COOKIE = CsrfCookieWriter.class.getName() + ".value";

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (servletRequest == null || !(servletRequest.getAttribute(NEW_COOKIE) instanceof String value)) {
            return;
        }
        NewCookie cookie = new NewCookie.Builder(CsrfTokens.COOKIE).value(value).path("/").httpOnly(true)
                .secure(servletRequest.isSecure()).sameSite(NewCookie.SameSite.LAX).build();
        response.getHeaders().add(HttpHeaders.SET_COOKIE, cookie);
    }
}
