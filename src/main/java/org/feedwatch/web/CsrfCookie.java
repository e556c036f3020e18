package org.feedwatch.web;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.feedwatch.web.guard.CsrfTokens;

/**
 * Sets the cookie {@link Pages} made for a browser that had none, on the answer that carries the page with the
 * matching token: HttpOnly (no script needs it), SameSite=Lax (another site's POST does not send it), the whole site.
 */
@Provider
public class CsrfCookie implements ContainerResponseFilter {

    @Inject
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext requestContext, ContainerResponseContext response) {
        Object made = request.getAttribute(Pages.NEW_COOKIE);
        if (made instanceof String value) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, header(value, request.isSecure()));
        }
    }

    static String header(String value, boolean secure) {
        return CsrfTokens.COOKIE + "=" + value + "; Path=/; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : "");
    }
}
