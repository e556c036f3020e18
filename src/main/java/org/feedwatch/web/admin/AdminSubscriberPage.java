package org.feedwatch.web.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.feedwatch.common.InvalidInputException;
import org.feedwatch.delivery.OutboxListing;
import org.feedwatch.optin.OptinService;
import org.feedwatch.rule.Rule;
import org.feedwatch.rule.RuleService;
import org.feedwatch.subscriber.DeliveryChoice;
import org.feedwatch.subscriber.DeliveryMode;
import org.feedwatch.subscriber.Subscriber;
import org.feedwatch.subscriber.SubscriberService;
import org.feedwatch.web.AdminOnly;

/** One subscriber: their rules and newest mail, and the actions (pause, resume, resend confirmation, delete). */
@Path("admin/subscribers/{id: [0-9]+}")
@AdminOnly
@Produces(AdminPages.HTML)
public class AdminSubscriberPage {

    static final int RECENT_MAIL = 20;
    static final int MAX_REASON = 300;

    @Inject
    SubscriberService subscribers;

    @Inject
    RuleService rules;

    @Inject
    OutboxListing listing;

    @Inject
    OptinService optin;

    @Inject
    AdminPages pages;

    /** A rule as the page shows it: its stored definition (JSON) as text, escaped like everything else. */
    public record RuleRow(long id, String name, String type, String definition, String deliveryMode, String created) {
        static RuleRow of(Rule r) {
            return new RuleRow(r.id(), r.name(), r.type(), r.definition(),
                    r.deliveryMode().map(DeliveryMode::apiName).orElse("subscriber"), AdminPages.when(r.createdAt()));
        }
    }

    @GET
    public Response show(@PathParam("id") long id, @QueryParam("done") String done) {
        return page(id, done, null);
    }

    @POST
    @Path("pause")
    public Response pause(@PathParam("id") long id, @FormParam("reason") String reason) {
        String why = reason == null || reason.isBlank() ? "paused by the administrator" : reason.strip();
        if (why.length() > MAX_REASON) {
            return page(id, null, new FieldError("reason", "say why in at most " + MAX_REASON + " characters"));
        }
        subscribers.pause(id, why).orElseThrow(NotFoundException::new);
        return AdminPages.seeOther(path(id), Notice.PAUSED);
    }

    @POST
    @Path("resume")
    public Response resume(@PathParam("id") long id, @FormParam("mode") String mode) {
        try {
            if (mode == null || mode.isBlank() || DeliveryMode.parse("mode", mode) == DeliveryMode.PAUSED) {
                throw new InvalidInputException("mode", "choose how mail comes: immediate, daily or weekly");
            }
            subscribers.changeDelivery(id, new DeliveryChoice(Optional.of(mode), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty())).orElseThrow(NotFoundException::new);
        } catch (InvalidInputException e) {
            return page(id, null, new FieldError("mode", "choose how mail comes: immediate, daily or weekly"));
        }
        return AdminPages.seeOther(path(id), Notice.RESUMED);
    }

    @POST
    @Path("confirmation")
    public Response resendConfirmation(@PathParam("id") long id) {
        return switch (optin.resendConfirmation(id)) {
            case SENT -> AdminPages.seeOther(path(id), Notice.CONFIRMATION_SENT);
            case TOO_SOON -> AdminPages.seeOther(path(id), Notice.CONFIRMATION_TOO_SOON);
            case ALREADY_CONFIRMED -> AdminPages.seeOther(path(id), Notice.ALREADY_CONFIRMED);
            case NO_SUCH_SUBSCRIBER -> throw new NotFoundException();
        };
    }

    @POST
    @Path("delete")
    public Response delete(@PathParam("id") long id) {
        if (!subscribers.remove(id)) {
            throw new NotFoundException();
        }
        return AdminPages.seeOther("/admin/subscribers", Notice.DELETED);
    }

    private Response page(long id, String done, FieldError error) {
        Subscriber s = subscribers.find(id).orElseThrow(NotFoundException::new);
        var ruleRows = rules.bySubscriber(id).stream().map(RuleRow::of).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("subscriber", SubscriberRow.of(s, ruleRows.size()));
        model.put("rules", ruleRows);
        model.put("mail", listing.newestOf(id, RECENT_MAIL).stream().map(OutboxRow::of).toList());
        model.put("recentMail", RECENT_MAIL);
        return pages.render("pages/admin/subscriber.html", "subscribers", model, done, error);
    }

    private static String path(long id) {
        return "/admin/subscribers/" + id;
    }
}
