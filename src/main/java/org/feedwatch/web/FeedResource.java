package org.feedwatch.web;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import java.util.Optional;
import org.feedwatch.common.AlreadyExistsException;
import org.feedwatch.common.InvalidInputException;
import org.feedwatch.config.FetchConfig;
import org.feedwatch.discovery.AddOutcome;
import org.feedwatch.discovery.FeedDiscoveryService;
import org.feedwatch.feed.FeedService;
import org.feedwatch.ingest.FeedPoller;
import org.feedwatch.websub.HubClient;
import org.feedwatch.websub.HubRequest;
import org.feedwatch.websub.WebSubService;

/** Feeds: add (finding the feed behind a web page), list, show (with health), poll now, enable, disable, remove. */
@Path("feeds")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class FeedResource {

    @Inject
    FeedService feeds;

    @Inject
    FeedDiscoveryService discovery;

    @Inject
    FeedPoller poller;

    @Inject
    FetchConfig fetchConfig;

    @Inject
    WebSubService webSub;

    @Inject
    HubClient hubs;

    /**
     * Watches the feed at {@code url}, or the feed a web page at {@code url} leads to: 201 with the feed (and
     * {@code foundAt}/{@code foundBy} when it was found on a page), 300 with the choices when the page links to
     * several (nothing stored), 400 naming {@code url} when the page leads to none, 409 for a feed already watched.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(JsonObject body, @Context UriInfo uri) throws InvalidInputException, AlreadyExistsException {
        JsonObject input = JsonInput.body(body);
        AddOutcome outcome = discovery.add(JsonInput.string(input, "url").orElse(null),
                JsonInput.string(input, "title"),
                JsonInput.integer(input, "pollMinutes").orElse(fetchConfig.defaultPollMinutes()));
        return AddFeedAnswers.of(outcome, uri);
    }

    @GET
    public List<Views.FeedView> list() {
        return feeds.all().stream().map(Views.FeedView::of).toList();
    }

    @GET
    @Path("{id}")
    public Views.FeedView get(@PathParam("id") long id) {
        return feeds.find(id).map(Views.FeedView::of).orElseThrow(() -> new NotFoundException("no feed " + id));
    }

    /** Polls the feed now and answers when the poll is done. */
    @POST
    @Path("{id}/poll")
    public Views.PollView poll(@PathParam("id") long id) {
        return poller.poll(id).map(Views.PollView::of).orElseThrow(() -> new NotFoundException("no feed " + id));
    }

    /** Polls the feed again from the next tick: after a 410 Gone disabled it, or after a disable by hand. */
    @POST
    @Path("{id}/enable")
    public Views.FeedView enable(@PathParam("id") long id) {
        return feeds.enable(id).map(Views.FeedView::of).orElseThrow(() -> new NotFoundException("no feed " + id));
    }

    /** Stops polling the feed (its items and health stay) until it is enabled again. */
    @POST
    @Path("{id}/disable")
    public Views.FeedView disable(@PathParam("id") long id) {
        return feeds.disable(id).map(Views.FeedView::of).orElseThrow(() -> new NotFoundException("no feed " + id));
    }

    /** Removes the feed; a WebSub subscription is ended afterwards in the background (best effort). */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        Optional<HubRequest> unsubscribe = webSub.unsubscribeRequest(id);
        if (!feeds.remove(id)) {
            throw new NotFoundException("no feed " + id);
        }
        // After the removal: the hub's verification then finds the feed gone and is confirmed.
        unsubscribe.ifPresent(hubs::unsubscribeLater);
        return Response.noContent().build();
    }
}
