package org.feedwatch.web;

import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The pages' scripts and stylesheets from the WAR's static folder. The pages application owns the root path, so the
 * container's file serving never sees these requests; only plain names of the two types are served.
 */
@Path("static")
public class StaticFiles {

    private static final int MAX_AGE_SECONDS = 3600;

    @Context
    ServletContext servlet;

    @GET
    @Path("{name: [a-z0-9-]{1,60}\\.(js|css)}")
    public Response file(@PathParam("name") String name, @Context Request request) throws IOException {
        byte[] body;
        try (InputStream in = servlet.getResourceAsStream("/static/" + name)) {
            if (in == null) {
                throw new NotFoundException();
            }
            body = in.readAllBytes();
        }
        CacheControl cache = new CacheControl();
        cache.setMaxAge(MAX_AGE_SECONDS);
        EntityTag tag = new EntityTag(sha256(body));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(cache).build();
        }
        String type = name.endsWith(".js") ? "text/javascript;charset=utf-8" : "text/css;charset=utf-8";
        return Response.ok(body, type).tag(tag).cacheControl(cache).build();
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
