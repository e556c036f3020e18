package org.feedwatch.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Optional;
import org.feedwatch.common.AlreadyExistsException;
import org.feedwatch.common.InvalidInputException;
import org.feedwatch.config.FetchConfig;
import org.feedwatch.discovery.AddOutcome;
import org.feedwatch.discovery.FeedDiscoveryService;
import org.feedwatch.feed.FeedService;
import org.feedwatch.ingest.FeedPoller;
import org.feedwatch.opml.OpmlException;
import org.feedwatch.opml.OpmlService;

/**
 * The admin console's feeds page: every feed with its health (failing ones first), adding a feed by the address of
 * a page or feed, polling one now, disabling and enabling, OPML import and export. Forms post here and come back to
 * the list (303), or show the form again with the problem next to the field.
 */
@Path("admin/feeds")
@AdminOnly
public class AdminFeedsPage {

    private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";
    private static final int MAX_OPML_BYTES = 5 * 1024 * 1024;
    /**
     * A form with a mistake comes back as 422, not 400: RESTEasy escapes the whole body of a text/html 400 (its guard
     * against reflected input), which would show our page as source code. Our pages escape what they show.
     */
    private static final int UNPROCESSABLE = 422;

    @Inject
    FeedService feeds;

    @Inject
    FeedDiscoveryService discovery;

    @Inject
    FeedPoller poller;

    @Inject
    OpmlService opml;

    @Inject
    FetchConfig fetch;

    @Inject
    AdminFeedsView view;

    @GET
    @Produces(HTML)
    public String list(@QueryParam("failing") String failing, @QueryParam("added") Long added,
            @QueryParam("polled") Long polled, @QueryParam("changed") Long changed) {
        return view.render(view.model(failing != null && !failing.isBlank()).notices(added, polled, changed));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HTML)
    public Response add(@FormParam("url") String url) {
        try {
            AddOutcome outcome = discovery.add(url, Optional.empty(), fetch.defaultPollMinutes());
            if (outcome instanceof AddOutcome.Added added) {
                return seeOther("/admin/feeds?added=" + added.feed().id());
            }
            AddOutcome.Choose choose = (AddOutcome.Choose) outcome;
            return page(200, view.model(false).url(url).choices(choose));
        } catch (InvalidInputException e) {
            return page(UNPROCESSABLE, view.model(false).url(url).urlError(e.getMessage()));
        } catch (AlreadyExistsException e) {
            return page(409, view.model(false).url(url).urlError(e.getMessage())
                    .put("existingId", e.existingId()));
        }
    }

    @POST
    @Path("{id: [0-9]+}/poll")
    public Response poll(@PathParam("id") long id) {
        poller.poll(id).orElseThrow(NotFoundException::new);
        return seeOther("/admin/feeds?polled=" + id + "#feed-" + id);
    }

    @POST
    @Path("{id: [0-9]+}/disable")
    public Response disable(@PathParam("id") long id) {
        feeds.disable(id).orElseThrow(NotFoundException::new);
        return seeOther("/admin/feeds?changed=" + id + "#feed-" + id);
    }

    @POST
    @Path("{id: [0-9]+}/enable")
    public Response enable(@PathParam("id") long id) {
        feeds.enable(id).orElseThrow(NotFoundException::new);
        return seeOther("/admin/feeds?changed=" + id + "#feed-" + id);
    }

    /** A multipart upload: its CSRF token travels in the action URL's query (see the template). */
    @POST
    @Path("opml")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(HTML)
    public Response importOpml(@FormParam("file") InputStream file) {
        byte[] document;
        try (InputStream in = file) {
            document = in == null ? new byte[0] : in.readNBytes(MAX_OPML_BYTES + 1);
        } catch (IOException e) {
            return page(UNPROCESSABLE, view.model(false).fileError("the upload could not be read"));
        }
        if (document.length == 0) {
            return page(UNPROCESSABLE, view.model(false).fileError("choose an OPML file"));
        }
        if (document.length > MAX_OPML_BYTES) {
            return page(UNPROCESSABLE, view.model(false).fileError("the file is larger than 5 MiB"));
        }
        try {
            return page(200, view.model(false).imported(opml.importFeeds(document)));
        } catch (OpmlException e) {
            return page(UNPROCESSABLE, view.model(false).fileError(e.getMessage()));
        }
    }

    private Response page(int status, AdminFeedsView.Model model) {
        return Response.status(status).entity(view.render(model)).type(HTML).build();
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
