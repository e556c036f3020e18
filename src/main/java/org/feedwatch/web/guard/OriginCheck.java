package org.feedwatch.web.guard;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Locale;

/**
 * Refuses a state-changing request that a browser says comes from another site ({@code Sec-Fetch-Site:
 * cross-site}, or an {@code Origin} other than this server). That covers the admin API too, where a browser's
 * cached Basic credentials would otherwise ride along. Clients that are not browsers send neither header.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class OriginCheck implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!UnsafeRequests.changesState(request) || UnsafeRequests.exempt(resource)) {
            return;
        }
        String site = request.getHeaderString("Sec-Fetch-Site");
        if (site != null && site.strip().toLowerCase(Locale.ROOT).equals("cross-site")) {
            throw new ForbiddenException("a request from another site");
        }
        if (site != null && site.strip().toLowerCase(Locale.ROOT).equals("same-origin")) {
            // The browser's own word (no page can set Sec-Fetch-*). Its Origin is "null" here: under our
            // Referrer-Policy: no-referrer, browsers send Origin: null with every form POST, even to the same origin.
            return;
        }
        String origin = request.getHeaderString("Origin");
        if (origin != null && !sameOrigin(origin.strip(), request.getUriInfo().getRequestUri())) {
            throw new ForbiddenException("a request from another origin");
        }
    }

    /** {@code Origin: null} (sandboxed frames, some redirects) counts as foreign. */
    static boolean sameOrigin(String origin, URI self) {
        try {
            URI o = URI.create(origin);
            return o.getScheme() != null && o.getHost() != null
                    && o.getScheme().equalsIgnoreCase(self.getScheme())
                    && o.getHost().equalsIgnoreCase(self.getHost())
                    && port(o) == port(self);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
