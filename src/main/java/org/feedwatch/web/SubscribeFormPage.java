package org.feedwatch.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.feedwatch.common.InvalidInputException;
import org.feedwatch.optin.OptinService;
import org.feedwatch.rule.people.CuratedPeople;
import org.feedwatch.rule.people.CuratedPerson;
import org.feedwatch.rule.topic.Topic;
import org.feedwatch.rule.topic.TopicCatalog;

/**
 * The sign-up page: the empty form, the same form again with the values kept and the message next to the field
 * when something is wrong (400, nothing stored), and the "check your inbox" page, which is the same whatever
 * state the address is in.
 */
@RequestScoped
public class SubscribeFormPage {

    static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";

    /** What a first visit starts from: a daily digest at seven, UTC until the browser says better. */
    static final SubscribeForm BLANK = new SubscribeForm("", List.of(), List.of(), "", "", "daily", "07:00",
            "monday", "UTC");

    @Inject
    Pages pages;

    @Inject
    TopicCatalog topics;

    @Inject
    CuratedPeople people;

    @Inject
    OptinService optin;

    /**
     * The posted fields as the container parsed them: the CSRF check has read the body through the servlet request
     * already, so the entity stream is empty by now (as for {@code @FormParam}, which reads the same map).
     */
    static MultivaluedMap<String, String> fields(HttpServletRequest request) {
        if (request.getCharacterEncoding() == null) { // the page posts UTF-8 (the CSRF check set this already)
            try {
                request.setCharacterEncoding(StandardCharsets.UTF_8.name());
            } catch (UnsupportedEncodingException e) {
                throw new IllegalStateException("UTF-8 is always supported", e);
            }
        }
        MultivaluedMap<String, String> fields = new MultivaluedHashMap<>();
        request.getParameterMap().forEach((name, values) -> fields.addAll(name, values));
        return fields;
    }

    public Response blank() {
        return Response.ok(render(BLANK, null, true), HTML).build();
    }

    public Response submit(MultivaluedMap<String, String> fields) {
        SubscribeForm form = SubscribeForm.of(fields);
        SubscribeForm.Mapped mapped = null;
        try {
            mapped = form.toRequest(people::find, true);
            optin.subscribe(mapped.request());
        } catch (InvalidInputException e) {
            InvalidInputException shown = mapped == null ? e : mapped.onTheForm(e);
            // As bytes: RESTEasy HTML-escapes a String entity of a text/html 400 (its guard for echoed error text),
            // which would show this page as source. The page escapes everything itself (Pebble autoescape).
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(render(form, shown, false).getBytes(StandardCharsets.UTF_8)).type(HTML).build();
        }
        return Response.ok(pages.render("pages/subscribe-sent.html", Map.of("email", form.email())), HTML).build();
    }

    private String render(SubscribeForm form, InvalidInputException error, boolean detectZone) {
        return pages.render("pages/subscribe.html", model(form, error, detectZone, topics.all(), people.all()));
    }

    /** The page's model (without {@code csrf}, which {@link Pages} adds). */
    static Map<String, Object> model(SubscribeForm form, InvalidInputException error, boolean detectZone,
            List<Topic> topics, List<CuratedPerson> people) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("topics", topics);
        model.put("people", people);
        model.put("zones", ZoneChoices.ZONES);
        model.put("detectZone", detectZone);
        Map<String, String> errors = new HashMap<>();
        SubscribeForm.FIELDS.forEach(name -> errors.put(name, "")); // the template reads every field's
        String field = error == null || error.field() == null ? "" : error.field();
        String message = error == null ? "" : error.position().isPresent()
                ? error.getMessage() + " (at character " + (error.position().getAsInt() + 1) + ")" : error.getMessage();
        if (SubscribeForm.FIELDS.contains(field)) {
            errors.put(field, message);
        }
        model.put("errors", errors);
        model.put("errorField", SubscribeForm.FIELDS.contains(field) ? field : "");
        model.put("errorMessage", message);
        return model;
    }
}
