package org.feedwatch.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.feedwatch.archive.ArchivePage;
import org.feedwatch.archive.DigestArchive;
import org.feedwatch.config.ArchiveConfig;
import org.feedwatch.delivery.Outbox;
import org.feedwatch.subscriber.LinkSigner;
import org.feedwatch.subscriber.Subscriber;
import org.feedwatch.subscriber.SubscriberService;
import org.feedwatch.web.guard.CsrfExempt;

/**
 * The pages a subscriber reaches from a link in their mail, each signed for that subscriber: one-click
 * unsubscribe (RFC 8058 POST, and a page with a button for people) and their archive. The manage page is
 * {@link ManagePages}.
 * A wrong or missing signature is a plain 404, so ids cannot be probed.
 */
@Path("")
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public class SubscriptionPages {

    @Inject
    SubscriberService subscribers;

    @Inject
    Outbox outbox;

    @Inject
    LinkSigner signer;

    @Inject
    DigestArchive archive;

    @Inject
    ArchiveConfig archiveConfig;

    @Inject
    Pages pages;

    @GET
    @Path("unsubscribe")
    public String unsubscribePage(@QueryParam("s") long id, @QueryParam("t") String token) {
        Subscriber subscriber = signed(LinkSigner.UNSUBSCRIBE, id, token);
        return page("pages/unsubscribe.html", Map.of("email", subscriber.email(), "done", !subscriber.active(),
                "action", "/unsubscribe?s=" + id + "&t=" + token));
    }

    /** One click from the mail client (List-Unsubscribe-Post) or the button on the page: effective at once. */
    @POST
    @Path("unsubscribe")
    @CsrfExempt // mail providers post it (RFC 8058) without our cookie; the signed link is the proof
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA, MediaType.WILDCARD})
    public String unsubscribe(@QueryParam("s") long id, @QueryParam("t") String token) {
        Subscriber subscriber = signed(LinkSigner.UNSUBSCRIBE, id, token);
        subscribers.unsubscribe(id);
        return page("pages/unsubscribe.html", Map.of("email", subscriber.email(), "done", true, "action", ""));
    }

    /**
     * Every digest recorded for the subscriber, newest first, a page at a time: {@code before}/{@code after} are
     * digest ids from the previous page's links (keyset paging), so the list stays put while new digests arrive.
     */
    @GET
    @Path("archive")
    public String archive(@QueryParam("s") long id, @QueryParam("t") String token,
            @QueryParam("before") Long before, @QueryParam("after") Long after) {
        Subscriber subscriber = signed(LinkSigner.MANAGE, id, token);
        int size = archiveConfig.pageSize();
        ArchivePage page = before != null ? archive.before(id, before, size)
                : after != null ? archive.after(id, after, size) : archive.newest(id, size);
        return page("pages/archive.html", ArchiveListing.model(id, subscriber.email(), subscriber.zone(), page,
                "/archive?s=" + id + "&t=" + token, signer));
    }

    private Subscriber signed(String purpose, long id, String token) {
        if (!signer.verify(purpose, id, token)) {
            throw new NotFoundException();
        }
        return subscribers.find(id).orElseThrow(NotFoundException::new);
    }

    private String page(String template, Map<String, Object> model) {
        return pages.render(template, model);
    }

    /** "a daily digest at 07:00 (Europe/Vilnius)", in the subscriber's own words for their mode. */
    static String deliveryLine(Subscriber s) {
        String at = s.digestTime() + " (" + s.zone().getId() + ")";
        return switch (s.deliveryMode()) {
            case IMMEDIATE -> "an alert as matches arrive (several close together come in one mail)";
            case DAILY -> "a daily digest at " + at;
            case WEEKLY -> "a weekly digest on " + s.digestWeekday().getDisplayName(java.time.format.TextStyle.FULL,
                    java.util.Locale.UK) + "s at " + at;
            case PAUSED -> "paused: no mail is sent" + s.pausedReason().map(r -> " (" + r + ")").orElse("");
        };
    }
}
