package org.feedwatch.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.feedwatch.delivery.Outbox;
import org.feedwatch.delivery.OutboxMessage;
import org.feedwatch.digest.TemplateRenderer;
import org.feedwatch.rule.RuleService;
import org.feedwatch.subscriber.LinkSigner;
import org.feedwatch.subscriber.Subscriber;
import org.feedwatch.subscriber.SubscriberService;

/**
 * The pages a subscriber reaches from a link in their mail, each signed for that subscriber: one-click
 * unsubscribe (RFC 8058 POST, and a page with a button for people), their subscription, and their archive.
 * A wrong or missing signature is a plain 404, so ids cannot be probed.
 */
@Path("")
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public class SubscriptionPages {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.UK);

    @Inject
    SubscriberService subscribers;

    @Inject
    RuleService rules;

    @Inject
    Outbox outbox;

    @Inject
    LinkSigner signer;

    @Inject
    TemplateRenderer renderer;

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
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA, MediaType.WILDCARD})
    public String unsubscribe(@QueryParam("s") long id, @QueryParam("t") String token) {
        Subscriber subscriber = signed(LinkSigner.UNSUBSCRIBE, id, token);
        subscribers.unsubscribe(id);
        return page("pages/unsubscribe.html", Map.of("email", subscriber.email(), "done", true, "action", ""));
    }

    @GET
    @Path("subscription")
    public String subscription(@QueryParam("s") long id, @QueryParam("t") String token) {
        Subscriber subscriber = signed(LinkSigner.MANAGE, id, token);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("email", subscriber.email());
        model.put("zone", subscriber.zone().getId());
        model.put("hour", subscriber.digestTime().toString());
        model.put("active", subscriber.active());
        model.put("rules", rules.bySubscriber(id).stream().map(r -> Map.of("name", r.name(), "type", r.type(),
                "definition", r.definition())).toList());
        model.put("archiveUrl", signer.archiveUrl(id));
        model.put("unsubscribeUrl", signer.unsubscribeUrl(id));
        return page("pages/subscription.html", model);
    }

    @GET
    @Path("archive")
    public String archive(@QueryParam("s") long id, @QueryParam("t") String token) {
        Subscriber subscriber = signed(LinkSigner.MANAGE, id, token);
        List<Map<String, Object>> digests = outbox.forSubscriber(id, 500).stream()
                .map(m -> Map.<String, Object>of("url", "/archive/" + m.id() + "?s=" + id + "&t=" + token,
                        "subject", m.subject(), "when", WHEN.format(m.createdAt().atZone(subscriber.zone())),
                        "entries", m.entryCount()))
                .toList();
        return page("pages/archive.html", Map.of("email", subscriber.email(), "digests", digests,
                "manageUrl", signer.manageUrl(id)));
    }

    /** A past digest as it was mailed (its HTML was rendered with everything from feeds escaped). */
    @GET
    @Path("archive/{digestId}")
    public String archived(@PathParam("digestId") long digestId, @QueryParam("s") long id,
            @QueryParam("t") String token) {
        signed(LinkSigner.MANAGE, id, token);
        OutboxMessage message = outbox.find(digestId).filter(m -> m.subscriberId().orElse(-1L) == id)
                .orElseThrow(NotFoundException::new);
        return message.bodyHtml();
    }

    private Subscriber signed(String purpose, long id, String token) {
        if (!signer.verify(purpose, id, token)) {
            throw new NotFoundException();
        }
        return subscribers.find(id).orElseThrow(NotFoundException::new);
    }

    private String page(String template, Map<String, Object> model) {
        return renderer.renderPage(template, model);
    }
}
