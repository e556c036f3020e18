package org.feedwatch.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.feedwatch.common.InvalidInputException;
import org.feedwatch.rule.Rule;
import org.feedwatch.rule.RuleService;
import org.feedwatch.rule.topic.TopicCatalog;
import org.feedwatch.subscriber.DeliveryChoice;
import org.feedwatch.subscriber.LinkSigner;
import org.feedwatch.subscriber.Subscriber;
import org.feedwatch.subscriber.SubscriberService;
import org.feedwatch.web.ManageModel.FormError;

/**
 * The manage page, reached from the signed link in every mail (no password): rules to add, edit and remove,
 * delivery, pause and resume. Every form keeps {@code s} and {@code t} in its action and carries the CSRF token; a
 * change answers 303 back to the page with a status (Post/Redirect/Get); bad input shows the page again, 400, with
 * the values as sent and the message at the field, having stored nothing. A wrong signature is a plain 404; a
 * POST without the form's token never gets here ({@code guard.CsrfCheck}: 403).
 * Downloading and deleting one's data are in {@link ManageDataPages}.
 */
@Path("subscription")
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public class ManagePages {

    @Inject
    SubscriberService subscribers;

    @Inject
    RuleService rules;

    @Inject
    TopicCatalog topics;

    @Inject
    LinkSigner signer;

    @Inject
    Pages pages;

    @GET
    public String page(@QueryParam("s") long id, @QueryParam("t") String token, @QueryParam("done") String done,
            @QueryParam("edit") Long edit) {
        return render(signed(id, token), token, Optional.ofNullable(done), Optional.ofNullable(edit), Optional.empty());
    }

    @POST
    @Path("rules")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addRule(@QueryParam("s") long id, @QueryParam("t") String token,
            @BeanParam ManageForm form) {
        Subscriber subscriber = signed(id, token);
        Map<String, String> values = form.values();
        String formId = "add-" + values.getOrDefault("rule-type", "");
        try {
            rules.add(id, ManageForms.rule(values));
        } catch (InvalidInputException e) {
            return again(subscriber, token, FormError.of(formId, values, e));
        }
        return back(id, token, "rule-added");
    }

    @POST
    @Path("rules/{rule}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response editRule(@QueryParam("s") long id, @QueryParam("t") String token, @PathParam("rule") long ruleId,
            @BeanParam ManageForm form) {
        Subscriber subscriber = signed(id, token);
        Rule rule = own(id, ruleId);
        Map<String, String> values = form.values();
        // The type of a stored rule stays what it is: its edit form only changes its fields.
        values.put("rule-type", rule.type());
        try {
            rules.replace(ruleId, ManageForms.rule(values));
        } catch (InvalidInputException e) {
            return again(subscriber, token, FormError.of("rule-" + ruleId, values, e));
        }
        return back(id, token, "rule-saved");
    }

    @POST
    @Path("rules/{rule}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeRule(@QueryParam("s") long id, @QueryParam("t") String token,
            @PathParam("rule") long ruleId) {
        signed(id, token);
        rules.remove(own(id, ruleId).id());
        return back(id, token, "rule-removed");
    }

    @POST
    @Path("delivery")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delivery(@QueryParam("s") long id, @QueryParam("t") String token,
            @BeanParam ManageForm form) {
        Subscriber subscriber = signed(id, token);
        Map<String, String> values = form.values();
        try {
            subscribers.changeDelivery(id, ManageForms.delivery(values));
        } catch (InvalidInputException e) {
            return again(subscriber, token, FormError.of("delivery", values, e));
        }
        return back(id, token, "delivery-saved");
    }

    @POST
    @Path("pause")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pause(@QueryParam("s") long id, @QueryParam("t") String token) throws InvalidInputException {
        signed(id, token);
        subscribers.changeDelivery(id, mode("paused"));
        return back(id, token, "paused");
    }

    /** Back on, in the mode chosen with the button (a daily digest unless it says otherwise). */
    @POST
    @Path("resume")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resume(@QueryParam("s") long id, @QueryParam("t") String token,
            @BeanParam ManageForm form) {
        Subscriber subscriber = signed(id, token);
        Map<String, String> values = form.values();
        String chosen = values.getOrDefault("deliveryMode", "daily");
        try {
            if (chosen.strip().equalsIgnoreCase("paused")) {
                throw new InvalidInputException("deliveryMode", "choose how mail should come: immediate, daily or weekly");
            }
            subscribers.changeDelivery(id, mode(chosen));
        } catch (InvalidInputException e) {
            return again(subscriber, token, FormError.of("delivery", values, e));
        }
        return back(id, token, "resumed");
    }

    private static DeliveryChoice mode(String mode) {
        return new DeliveryChoice(Optional.of(mode), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    private Subscriber signed(long id, String token) {
        if (!signer.verify(LinkSigner.MANAGE, id, token)) {
            throw new NotFoundException();
        }
        return subscribers.find(id).orElseThrow(NotFoundException::new);
    }

    private Rule own(long subscriberId, long ruleId) {
        return rules.find(ruleId).filter(r -> r.subscriberId() == subscriberId).orElseThrow(NotFoundException::new);
    }

    /**
     * The page again with 400. As bytes, not a String: RESTEasy HTML-escapes a String entity of a 400 text/html
     * answer (its "HTML sanitizer", meant for error messages), which would show the page's source as text.
     */
    private Response again(Subscriber subscriber, String token, FormError error) {
        byte[] page = render(subscriber, token, Optional.empty(), Optional.empty(), Optional.of(error))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML + ";charset=utf-8")
                .entity(page).build();
    }

    private String render(Subscriber s, String token, Optional<String> done, Optional<Long> edit,
            Optional<FormError> error) {
        long id = s.id();
        Map<String, String> links = Map.of("archiveUrl", signer.archiveUrl(id), "feedUrl", signer.feedUrl(id),
                "unsubscribeUrl", signer.unsubscribeUrl(id), "dataUrl", query("/subscription/data", id, token),
                "deleteUrl", query("/subscription/delete", id, token));
        return pages.render("pages/subscription.html", ManageModel.of(s, "s=" + id + "&t=" + token,
                rules.bySubscriber(id), topics.all(), links, done, edit, error));
    }

    /** 303 to the top of the page, where the status line is (a fragment would scroll it out of sight). */
    static Response back(long id, String token, String done) {
        return Response.seeOther(URI.create(query("/subscription", id, token) + "&done=" + done)).build();
    }

    static String query(String path, long id, String token) {
        return path + "?s=" + id + "&t=" + token;
    }
}
