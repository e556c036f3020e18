package org.feedwatch.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.feedwatch.web.admin.AdminMailboxPage;

/**
 * The dev mailbox's old addresses, kept for bookmarks and the start-up log of older versions: each one redirects
 * (301) to its place in the admin console, which asks for the administrator. A redirect shows nothing itself.
 */
@Path("dev/mailbox")
public class DevMailboxResource {

    @GET
    public Response list() {
        return Response.status(Response.Status.MOVED_PERMANENTLY).location(URI.create("/admin/mailbox")).build();
    }

    @GET
    @Path("{id: " + AdminMailboxPage.ID + "}")
    public Response show(@PathParam("id") String id) {
        return Response.status(Response.Status.MOVED_PERMANENTLY).location(URI.create("/admin/mailbox/" + id)).build();
    }

    @GET
    @Path("{id: " + AdminMailboxPage.ID + "}.eml")
    public Response raw(@PathParam("id") String id) {
        return Response.status(Response.Status.MOVED_PERMANENTLY).location(URI.create("/admin/mailbox/" + id + ".eml"))
                .build();
    }
}
