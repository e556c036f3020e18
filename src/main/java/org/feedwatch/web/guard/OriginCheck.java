package org.feedwatch.web.guard;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Locale;
import org.feedwatch.config.ServerConfig;

/**
 * Refuses a state-changing request that a browser says comes from another site ({@code Sec-Fetch-Site:
 * cross-site}, or an {@code Origin} other than this server; our Referrer-Policy {@code same-origin} lets browsers
 * name our own origin on our own forms, where {@code no-referrer} would make it {@code null}). That covers the admin API too, where a browser's
 * cached Basic credentials would otherwise ride along. Clients that are not browsers send neither header.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class OriginCheck implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Inject
    ServerConfig server;

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
            // The browser's own word (no page can set Sec-Fetch-*), sent by browsers on secure contexts.
            return;
        }
        String origin = request.getHeaderString("Origin");
        // Behind a reverse proxy the request we see may be http://internal: the public address counts too.
        if (origin != null && !sameOrigin(origin.strip(), request.getUriInfo().getRequestUri())
                && !sameOrigin(origin.strip(), URI.create(server.baseUrl()))) {
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
