package org.feedwatch.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.feedwatch.delivery.OutboxSender;

/** The front page: what this server is and where to go next. */
@Path("")
public class HomePage {

    @Inject
    Pages pages;

    @Inject
    OutboxSender sender;

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public String home() {
        return pages.render("pages/home.html", Map.of("devMailbox", sender.devMailbox().isPresent()));
    }
}
