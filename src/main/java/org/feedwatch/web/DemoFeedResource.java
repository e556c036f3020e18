package org.feedwatch.web;

import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;

/**
 * Serves the bundled demo feeds, with an ETag so the poller's conditional GET gets its 304 like from a real
 * publisher. Only the files in the WAR's demo folder, by an exact name pattern.
 */
@Path("demo/feeds")
public class DemoFeedResource {

    @Context
    ServletContext servlet;

    @GET
    @Path("{name: [a-z0-9-]{1,60}\\.xml}")
    public Response feed(@PathParam("name") String name, @Context Request request) throws IOException {
        byte[] body;
        try (InputStream in = servlet.getResourceAsStream("/demo/feeds/" + name)) {
            if (in == null) {
                throw new NotFoundException();
            }
            body = in.readAllBytes();
        }
        EntityTag tag = new EntityTag(StaticFiles.sha256(body));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.build();
        }
        String type = new String(body, 0, Math.min(body.length, 400), java.nio.charset.StandardCharsets.UTF_8)
                .contains("<feed") ? "application/atom+xml" : "application/rss+xml";
        return Response.ok(body, type + ";charset=utf-8").tag(tag).build();
    }
}
