package org.feedwatch.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.feedwatch.archive.DigestArchive;
import org.feedwatch.match.MatchRepositoryReader;
import org.feedwatch.rule.RuleService;
import org.feedwatch.subscriber.LinkSigner;
import org.feedwatch.subscriber.Subscriber;
import org.feedwatch.subscriber.SubscriberService;

/**
 * A subscriber's own data from the manage link: "Download my data" (everything held about them as a JSON file) and
 * "Delete me" (a page asking once more, whose button removes the subscriber, their rules, matches and mails; the
 * link is dead afterwards).
 */
@Path("subscription")
public class ManageDataPages {

    /** Enough for years of use; the file says when it was cut. */
    static final int MAX_ROWS = 5000;

    @Inject
    SubscriberService subscribers;

    @Inject
    RuleService rules;

    @Inject
    MatchRepositoryReader matches;

    @Inject
    DigestArchive archive;

    @Inject
    LinkSigner signer;

    @Inject
    Pages pages;

    @GET
    @Path("data")
    @Produces(MediaType.APPLICATION_JSON)
    public Response download(@QueryParam("s") long id, @QueryParam("t") String token) {
        Subscriber subscriber = signed(id, token);
        PersonalData data = PersonalData.of(subscriber, rules.bySubscriber(id), matches.bySubscriber(id, MAX_ROWS),
                archive.newest(id, MAX_ROWS).digests(), MAX_ROWS);
        return Response.ok(data).header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"feedwatch-data-" + id + ".json\"").header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("delete")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public String confirmDelete(@QueryParam("s") long id, @QueryParam("t") String token) {
        Subscriber subscriber = signed(id, token);
        return pages.render("pages/delete.html", Map.of("email", subscriber.email(), "done", false,
                "action", ManagePages.query("/subscription/delete", id, token),
                "back", ManagePages.query("/subscription", id, token),
                "dataUrl", ManagePages.query("/subscription/data", id, token)));
    }

    @POST
    @Path("delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public String delete(@QueryParam("s") long id, @QueryParam("t") String token) {
        Subscriber subscriber = signed(id, token);
        subscribers.remove(id);
        return pages.render("pages/delete.html", Map.of("email", subscriber.email(), "done", true));
    }

    private Subscriber signed(long id, String token) {
        if (!signer.verify(LinkSigner.MANAGE, id, token)) {
            throw new NotFoundException();
        }
        return subscribers.find(id).orElseThrow(NotFoundException::new);
    }
}
