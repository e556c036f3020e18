package org.feedwatch.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.feedwatch.common.InvalidInputException;
import org.feedwatch.optin.ConfirmLinks;
import org.feedwatch.optin.OptinService;
import org.feedwatch.optin.SubscribeRequest;
import org.feedwatch.subscriber.DeliveryChoice;
import org.feedwatch.subscriber.EmailAddresses;
import org.feedwatch.subscriber.LinkSigner;
import org.feedwatch.subscriber.Subscriber;
import org.feedwatch.web.guard.RateLimited;
import org.feedwatch.web.guard.RateLimits;
import org.feedwatch.web.guard.TooManyRequests;

/**
 * The public sign-up (no login): {@code POST /subscribe} as JSON or as a form, always the same 202 for a valid
 * request whatever the address's state, so nobody learns who is subscribed. And the confirmation link: a GET shows
 * a page with a button and changes nothing, because mail scanners and link previews fetch every link in a mail;
 * the button's POST confirms. Both are rate-limited per client; sign-ups also per address.
 */
@Path("")
public class SubscribePages {

    /** The one answer to every valid sign-up. */
    static final String ACCEPTED = Json.createObjectBuilder().add("status", "check your inbox").build().toString();

    @Inject
    OptinService optin;

    @Inject
    LinkSigner signer;

    @Inject
    Pages pages;

    @Inject
    RateLimits limits;

    @Context
    HttpHeaders headers;

    @POST
    @Path("subscribe")
    @RateLimited("subscribe")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response subscribe(JsonObject body) throws InvalidInputException {
        JsonObject input = JsonInput.body(body);
        limitAddress(JsonInput.string(input, "email").orElse(null));
        optin.subscribe(new SubscribeRequest(JsonInput.string(input, "email").orElse(null),
                SubscriberResource.delivery(input), rules(input)));
        return accepted();
    }

    /** The same sign-up from a plain HTML form (no rules: those are JSON). Empty fields count as left out. */
    @POST
    @Path("subscribe")
    @RateLimited("subscribe")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response subscribeForm(@FormParam("email") String email, @FormParam("timeZone") String timeZone,
            @FormParam("deliveryMode") String mode, @FormParam("digestTime") String time,
            @FormParam("weekday") String weekday) throws InvalidInputException {
        limitAddress(email);
        optin.subscribe(new SubscribeRequest(email, new DeliveryChoice(given(mode), given(time), Optional.empty(),
                given(weekday), given(timeZone)), List.of()));
        return accepted();
    }

    @GET
    @Path("confirm")
    @RateLimited("confirm")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public Response confirmPage(@QueryParam("s") String s, @QueryParam("e") String e, @QueryParam("t") String t) {
        ConfirmLinks.Check check = optin.check(s, e, t);
        if (check.verdict() != ConfirmLinks.Verdict.VALID) {
            return refused(check.verdict());
        }
        // A link whose subscriber confirmed already shows the done page; the form would change nothing.
        Optional<Subscriber> subscriber = optin.subscriber(check);
        if (subscriber.isPresent() && subscriber.get().active()) {
            return page(Response.Status.OK, "done", subscriber.get());
        }
        Map<String, Object> model = model("ask", subscriber.map(Subscriber::email).orElse(""));
        model.put("action", "/confirm?s=" + check.subscriberId().getAsLong() + "&e=" + Long.parseLong(e.strip()) + "&t="
                + t);
        return Response.ok(pages.render("pages/confirm.html", model)).build();
    }

    @POST
    @Path("confirm")
    @RateLimited("confirm")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA, MediaType.WILDCARD})
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public Response confirm(@QueryParam("s") String s, @QueryParam("e") String e, @QueryParam("t") String t) {
        ConfirmLinks.Check check = optin.check(s, e, t);
        Optional<Subscriber> confirmed = optin.confirm(check);
        return confirmed.map(subscriber -> page(Response.Status.OK, "done", subscriber))
                .orElseGet(() -> refused(check.verdict() == ConfirmLinks.Verdict.VALID ? ConfirmLinks.Verdict.EXPIRED
                        : check.verdict()));
    }

    /**
     * Sign-ups of one address, from anywhere, before the address is looked up: the 429 is the same for a known and
     * an unknown address. An invalid address is left to the sign-up's own check (a 400 naming the field).
     */
    private void limitAddress(String email) {
        String address;
        try {
            address = EmailAddresses.canonical("email", email).toLowerCase(Locale.ROOT);
        } catch (InvalidInputException invalid) {
            return;
        }
        limits.takeForAddress(address).ifPresent(wait -> {
            throw TooManyRequests.of(headers, wait, "email");
        });
    }

    private Response refused(ConfirmLinks.Verdict verdict) {
        boolean expired = verdict == ConfirmLinks.Verdict.EXPIRED;
        return Response.status(expired ? Response.Status.GONE : Response.Status.NOT_FOUND)
                .entity(pages.render("pages/confirm.html", model(expired ? "expired" : "invalid", ""))).build();
    }

    private Response page(Response.Status status, String state, Subscriber subscriber) {
        Map<String, Object> model = model(state, subscriber.email());
        model.put("manageUrl", signer.manageUrl(subscriber.id()));
        return Response.status(status).entity(pages.render("pages/confirm.html", model)).build();
    }

    private static Map<String, Object> model(String state, String email) {
        Map<String, Object> model = new HashMap<>();
        model.put("state", state);
        model.put("email", email);
        model.put("action", "");
        model.put("manageUrl", "");
        return model;
    }

    private static Response accepted() {
        return Response.accepted(ACCEPTED).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static Optional<String> given(String formField) {
        return Optional.ofNullable(formField).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static List<JsonObject> rules(JsonObject input) throws InvalidInputException {
        JsonValue value = input.get("rules");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            throw new InvalidInputException("rules", "rules must be a list of rules");
        }
        List<JsonObject> rules = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonObject rule)) {
                throw new InvalidInputException("rules[" + i + "]", "each rule must be an object");
            }
            rules.add(rule);
        }
        return rules;
    }
}
