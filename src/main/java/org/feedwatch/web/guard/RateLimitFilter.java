package org.feedwatch.web.guard;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Collections;

/**
 * Enforces {@link RateLimited} per client before the resource runs (so a refused request costs no database or
 * mail work): over the limit, a 429 with Retry-After. Runs first (priority 800), before the origin and CSRF
 * checks and authentication, so a flood of forged or unauthenticated requests is limited too.
 */
@Provider
@RateLimited
@Priority(Priorities.AUTHENTICATION - 200)
public class RateLimitFilter implements ContainerRequestFilter {

    @Inject
    RateLimits limits;

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest servletRequest;

    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) {
        String limit = limitName();
        String client = limits.client(servletRequest.getRemoteAddr(),
                Collections.list(servletRequest.getHeaders("X-Forwarded-For")));
        limits.takeForClient(limit, client).ifPresent(wait -> {
            throw TooManyRequests.of(headers, wait, null);
        });
    }

    /** The method's own limit, else its class's. */
    private String limitName() {
        Method method = resource.getResourceMethod();
        RateLimited onMethod = method == null ? null : method.getAnnotation(RateLimited.class);
        RateLimited annotation = onMethod != null ? onMethod : resource.getResourceClass().getAnnotation(RateLimited.class);
        if (annotation == null || annotation.value().isBlank()) {
            throw new IllegalStateException("@RateLimited needs a limit name on " + method);
        }
        return annotation.value();
    }
}
