package org.feedwatch.web;

import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;

/**
 * The pages' scripts and style sheets from the WAR's {@code static} folder, by an exact name pattern (no paths, so
 * nothing else in the WAR can be read), cached by browsers for an hour.
 */
@Path("static")
public class StaticFiles {

    @Context
    ServletContext servlet;

    @GET
    @Path("{name: [a-z0-9-]+\\.(js|css)}")
    public Response file(@PathParam("name") String name) throws IOException {
        byte[] body;
        try (InputStream in = servlet.getResourceAsStream("/static/" + name)) {
            if (in == null) {
                throw new NotFoundException();
            }
            body = in.readAllBytes();
        }
        String type = name.endsWith(".js") ? "text/javascript;charset=utf-8" : "text/css;charset=utf-8";
        return Response.ok(body, type).header("Cache-Control", "public, max-age=3600").build();
    }
}
