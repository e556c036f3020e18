package org.feedwatch.web;

import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import org.feedwatch.web.auth.AdminIdentityStore;

/**
 * A second lock on resources marked {@link AdminOnly}: whoever gets here must be the administrator as the container
 * knows it (see org.feedwatch.web.auth and web.xml, which do the logging in and should have stopped anyone else).
 * A resource outside web.xml's paths is still closed: JSON 401 on the API, the login page elsewhere.
 */
@Provider
@AdminOnly
@Priority(Priorities.AUTHORIZATION)
public class AdminAuthFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().isUserInRole(AdminIdentityStore.ROLE)) {
            return;
        }
        String path = request.getUriInfo().getRequestUri().getPath();
        if (path.equals("/api") || path.startsWith("/api/")) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Feedwatch admin\", charset=\"UTF-8\"")
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Json.createObjectBuilder().add("error", "log in as the Feedwatch administrator")
                            .build().toString())
                    .build());
        } else {
            request.abortWith(Response.seeOther(URI.create("/admin/login")).build());
        }
    }
}
