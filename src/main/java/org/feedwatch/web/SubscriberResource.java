package org.feedwatch.web;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import org.feedwatch.common.AlreadyExistsException;
import org.feedwatch.common.InvalidInputException;
import org.feedwatch.digest.DigestService;
import org.feedwatch.match.MatchRepositoryReader;
import org.feedwatch.rule.Rule;
import org.feedwatch.rule.RuleService;
import org.feedwatch.subscriber.DeliveryChoice;
import org.feedwatch.subscriber.Subscriber;
import org.feedwatch.subscriber.SubscriberService;

/** Subscribers, their rules, their matches, and "send my digest now". */
@Path("subscribers")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class SubscriberResource {

    @Inject
    SubscriberService subscribers;

    @Inject
    RuleService rules;

    @Inject
    MatchRepositoryReader matches;

    @Inject
    DigestService digests;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(JsonObject body, @Context UriInfo uri) throws InvalidInputException, AlreadyExistsException {
        JsonObject input = JsonInput.body(body);
        Subscriber subscriber = subscribers.addConfirmed(JsonInput.string(input, "email").orElse(null),
                delivery(input));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(subscriber.id())).build())
                .entity(Views.SubscriberView.of(subscriber)).build();
    }

    @GET
    @Path("{id}")
    public Views.SubscriberView get(@PathParam("id") long id) {
        return Views.SubscriberView.of(existing(id));
    }

    /** Changes delivery: any of deliveryMode, digestTime (or digestHour), weekday, timeZone; others stay. */
    @PUT
    @Path("{id}/delivery")
    @Consumes(MediaType.APPLICATION_JSON)
    public Views.SubscriberView changeDelivery(@PathParam("id") long id, JsonObject body)
            throws InvalidInputException {
        return subscribers.changeDelivery(id, delivery(JsonInput.body(body))).map(Views.SubscriberView::of)
                .orElseThrow(() -> new NotFoundException("no subscriber " + id));
    }

    static DeliveryChoice delivery(JsonObject input) throws InvalidInputException {
        return new DeliveryChoice(JsonInput.string(input, "deliveryMode"), JsonInput.string(input, "digestTime"),
                JsonInput.integer(input, "digestHour"), JsonInput.string(input, "weekday"),
                JsonInput.string(input, "timeZone"));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        if (!subscribers.remove(id)) {
            throw new NotFoundException("no subscriber " + id);
        }
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/rules")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addRule(@PathParam("id") long id, JsonObject body, @Context UriInfo uri)
            throws InvalidInputException {
        existing(id);
        Rule rule = rules.add(id, JsonInput.body(body));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(rule.id())).build())
                .entity(Views.RuleView.of(rule)).build();
    }

    /** A watchlist sent as a CSV file: {@code Content-Type: text/csv}, the rule's name and flag as query parameters. */
    @POST
    @Path("{id}/rules")
    @Consumes(WatchlistUploads.CSV)
    public Response addWatchlistFile(@PathParam("id") long id, InputStream csv, @QueryParam("name") String name,
            @QueryParam("surnameAlone") String surnameAlone, @Context UriInfo uri) throws InvalidInputException {
        return addRule(id, WatchlistUploads.rule(csv, "csv", name, surnameAlone), uri);
    }

    /** A watchlist uploaded from a form: the CSV in the field "file", optional fields "name" and "surnameAlone". */
    @POST
    @Path("{id}/rules")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response addWatchlistUpload(@PathParam("id") long id, @FormParam("file") InputStream file,
            @FormParam("name") String name, @FormParam("surnameAlone") String surnameAlone, @Context UriInfo uri)
            throws InvalidInputException {
        return addRule(id, WatchlistUploads.rule(file, "file", name, surnameAlone), uri);
    }

    /** Re-imports a watchlist from a CSV file: the list is replaced. */
    @PUT
    @Path("{id}/rules/{ruleId}")
    @Consumes(WatchlistUploads.CSV)
    public Views.RuleView replaceWatchlistFile(@PathParam("id") long id, @PathParam("ruleId") long ruleId,
            InputStream csv, @QueryParam("name") String name, @QueryParam("surnameAlone") String surnameAlone)
            throws InvalidInputException {
        Views.RuleView existing = rule(id, ruleId);
        return replaceRule(id, ruleId, WatchlistUploads.rule(csv, "csv", name == null ? existing.name() : name,
                surnameAlone));
    }

    @GET
    @Path("{id}/rules")
    public List<Views.RuleView> rules(@PathParam("id") long id) {
        existing(id);
        return rules.bySubscriber(id).stream().map(Views.RuleView::of).toList();
    }

    @GET
    @Path("{id}/rules/{ruleId}")
    public Views.RuleView rule(@PathParam("id") long id, @PathParam("ruleId") long ruleId) {
        return rules.find(ruleId).filter(r -> r.subscriberId() == id).map(Views.RuleView::of)
                .orElseThrow(() -> new NotFoundException("subscriber " + id + " has no rule " + ruleId));
    }

    /** Replaces a rule with a new version (same checks as adding); it applies to items matched from now on. */
    @PUT
    @Path("{id}/rules/{ruleId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Views.RuleView replaceRule(@PathParam("id") long id, @PathParam("ruleId") long ruleId, JsonObject body)
            throws InvalidInputException {
        rule(id, ruleId);
        return rules.replace(ruleId, JsonInput.body(body)).map(Views.RuleView::of)
                .orElseThrow(() -> new NotFoundException("subscriber " + id + " has no rule " + ruleId));
    }

    @DELETE
    @Path("{id}/rules/{ruleId}")
    public Response deleteRule(@PathParam("id") long id, @PathParam("ruleId") long ruleId) {
        rule(id, ruleId);
        rules.remove(ruleId);
        return Response.noContent().build();
    }

    /** The subscriber's matched items, newest first. */
    @GET
    @Path("{id}/matches")
    public List<Views.MatchView> matches(@PathParam("id") long id,
            @QueryParam("limit") @DefaultValue("200") int limit) throws InvalidInputException {
        existing(id);
        if (limit < 1 || limit > 1000) {
            throw new InvalidInputException("limit", "limit must be between 1 and 1000");
        }
        return matches.bySubscriber(id, limit).stream().map(Views.MatchView::of).toList();
    }

    /** Renders and sends the subscriber's digest of unsent matches now; 204 when there is nothing new. */
    @POST
    @Path("{id}/digest")
    public Response sendDigest(@PathParam("id") long id) {
        existing(id);
        return digests.sendNow(id).map(m -> Response.ok(Views.DigestView.of(m)).build())
                .orElseGet(() -> Response.noContent().build());
    }

    private Subscriber existing(long id) {
        return subscribers.find(id).orElseThrow(() -> new NotFoundException("no subscriber " + id));
    }
}
