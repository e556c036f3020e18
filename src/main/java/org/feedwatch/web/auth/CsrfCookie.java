package org.feedwatch.web.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.feedwatch.web.Pages;
import org.feedwatch.web.guard.CsrfTokens;

/**
 * Sets the CSRF cookie that {@link Pages} made for a browser that had none, so the token in the page's forms can be
 * checked when they come back (the login form first of all). HttpOnly, SameSite=Lax, for the whole site.
 */
@Provider
public class CsrfCookie implements ContainerResponseFilter {

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (servletRequest.getAttribute(Pages.NEW_COOKIE) instanceof String value
                && !String.valueOf(response.getHeaders().get("Set-Cookie")).contains(CsrfTokens.COOKIE + "=")) {
            response.getHeaders().add("Set-Cookie", CsrfTokens.COOKIE + "=" + value
                    + "; Path=/; HttpOnly; SameSite=Lax" + (servletRequest.isSecure() ? "; Secure" : ""));
        }
    }
}
