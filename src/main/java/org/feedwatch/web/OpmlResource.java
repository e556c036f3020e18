package org.feedwatch.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.feedwatch.common.InvalidInputException;
import org.feedwatch.opml.ImportReport;
import org.feedwatch.opml.OpmlException;
import org.feedwatch.opml.OpmlProblem;
import org.feedwatch.opml.OpmlService;

/**
 * The feed list as OPML: import (the document as the body, or a form upload in the field "file") and export.
 * An import answers 200 with counts, the feeds added and every outline not added (line, reason); a document that
 * cannot be read at all is a 400 naming the field.
 */
@Path("feeds/opml")
@AdminOnly
public class OpmlResource {

    static final String OPML = "text/x-opml";
    static final int MAX_BYTES = 5 * 1024 * 1024;

    @Inject
    OpmlService opml;

    @POST
    @Consumes({OPML, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Produces(MediaType.APPLICATION_JSON)
    public Response importDocument(InputStream body) throws InvalidInputException {
        return importBytes(read(body, "opml"), "opml");
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response importUpload(@FormParam("file") InputStream file) throws InvalidInputException {
        if (file == null) {
            throw new InvalidInputException("file", "send the OPML document in the form field \"file\"");
        }
        try (file) {
            return importBytes(read(file, "file"), "file");
        } catch (IOException e) {
            throw new InvalidInputException("file", "the upload could not be read: " + e.getMessage());
        }
    }

    @GET
    @Produces({OPML, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    public Response export() {
        return Response.ok(opml.export()).type(OPML + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"feedwatch.opml\"").build();
    }

    private Response importBytes(byte[] document, String field) throws InvalidInputException {
        try {
            return Response.ok(report(opml.importFeeds(document)).build().toString(), MediaType.APPLICATION_JSON_TYPE)
                    .build();
        } catch (OpmlException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }

    private static byte[] read(InputStream in, String field) throws InvalidInputException {
        if (in == null) {
            throw new InvalidInputException(field, "the OPML document is empty");
        }
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new InvalidInputException(field, "the OPML document is larger than 5 MiB");
            }
            return bytes;
        } catch (IOException e) {
            throw new InvalidInputException(field, "the OPML document could not be read: " + e.getMessage());
        }
    }

    private static JsonObjectBuilder report(ImportReport report) {
        JsonArrayBuilder feeds = Json.createArrayBuilder();
        for (ImportReport.Imported added : report.imported()) {
            JsonObjectBuilder feed = Json.createObjectBuilder().add("line", added.outline().line())
                    .add("id", added.feedId()).add("url", added.url());
            added.outline().title().ifPresent(title -> feed.add("title", title));
            if (!added.outline().folder().isEmpty()) {
                feed.add("folder", added.outline().folder());
            }
            if (!added.outline().categories().isEmpty()) {
                feed.add("categories", Json.createArrayBuilder(added.outline().categories()));
            }
            feeds.add(feed);
        }
        JsonArrayBuilder problems = Json.createArrayBuilder();
        for (OpmlProblem problem : report.problems()) {
            JsonObjectBuilder entry = Json.createObjectBuilder().add("line", problem.line())
                    .add("reason", problem.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .add("error", problem.message());
            problem.url().ifPresent(url -> entry.add("url", url));
            problem.title().ifPresent(title -> entry.add("title", title));
            problems.add(entry);
        }
        return Json.createObjectBuilder()
                .add("imported", report.imported().size())
                .add("skipped", report.problems().size())
                .add("feeds", feeds)
                .add("problems", problems)
                .add("notStored", "folders and categories are listed here but not stored: feeds have no category"
                        + " yet");
    }
}
