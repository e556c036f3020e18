package org.feedwatch.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.feedwatch.rule.topic.TopicCatalog;

/** The curated topics subscribers can pick, and the topic files the server had to skip. */
@Path("topics")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class TopicResource {

    @Inject
    TopicCatalog catalog;

    @GET
    public Views.TopicsView list() {
        return new Views.TopicsView(catalog.all().stream().map(Views.TopicView::of).toList(), catalog.problems());
    }

    @GET
    @Path("{name}")
    public Views.TopicView get(@PathParam("name") String name) {
        return catalog.find(name).map(Views.TopicView::of)
                .orElseThrow(() -> new NotFoundException("no topic '" + name + "'"));
    }
}
