package org.feedwatch.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * Caching of dynamic answers: nothing is stored by browsers or proxies (pages show personal data behind signed
 * links) unless a resource chose otherwise. The security headers themselves come from
 * {@link org.feedwatch.web.guard.SecurityHeadersFilter}, which also covers static files.
 */
@Provider
public class SecurityHeaders implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        if (!headers.containsKey("Cache-Control")) { // a resource that chose its own caching (the private feed) keeps it
            headers.putSingle("Cache-Control", headers.containsKey("ETag") ? "no-cache" : "no-store");
        }
    }
}
