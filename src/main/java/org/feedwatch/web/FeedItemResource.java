package org.feedwatch.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.feedwatch.common.InvalidInputException;
import org.feedwatch.feed.ItemReader;

/** The items stored from a feed, newest first: what the parser made of it. */
@Path("feeds/{id}/items")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class FeedItemResource {

    @Inject
    ItemReader items;

    @GET
    public List<ItemView> latest(@PathParam("id") long feedId, @QueryParam("limit") @DefaultValue("50") int limit)
            throws InvalidInputException {
        if (limit < 1 || limit > 500) {
            throw new InvalidInputException("limit", "limit must be between 1 and 500");
        }
        return items.latest(feedId, limit, ItemView::of).orElseThrow(() -> new NotFoundException("no feed " + feedId));
    }
}
