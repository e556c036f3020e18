package org.feedwatch.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.feedwatch.common.InvalidInputException;
import org.feedwatch.config.PreviewConfig;
import org.feedwatch.match.RuleTrial;
import org.feedwatch.rule.KeywordQueryParser;
import org.feedwatch.rule.name.PersonName;
import org.feedwatch.web.guard.RateLimited;

/**
 * The live preview of the sign-up (and manage) page, for anybody: what a person, keyword or topic rule would have
 * found in the last {@value #DAYS} days, at most {@value #LIMIT} items, as {@link Views.PreviewView}; bad input is
 * a 400 {@code {"error", "field", "position"}} naming the query parameter. It runs on every pause in typing, so
 * its input is bounded before anything is parsed and it looks through at most
 * {@code feedwatch.preview.public-max-items} stored items. Item titles and snippets come from feeds: the answer is
 * data, and the page's script inserts it as text.
 */
@Path("preview")
@RateLimited("preview") // public and costly: a bounded scan of stored items per call
public class PublicPreviewResource {

    static final int DAYS = 7;
    static final int LIMIT = 10;
    static final int MAX_ALIASES = 5;
    static final int MAX_TOPIC = 60;

    @Inject
    RuleTrial trial;

    @Inject
    PreviewConfig config;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response preview(@QueryParam("type") String type, @QueryParam("name") String name,
            @QueryParam("aliases") List<String> aliases, @QueryParam("query") String query,
            @QueryParam("topic") String topic) {
        try {
            JsonObject rule = switch (type == null ? "" : type.strip()) {
                case "person" -> person(name, aliases);
                case "keyword" -> Json.createObjectBuilder().add("type", "keyword")
                        .add("query", required("query", query, KeywordQueryParser.MAX_LENGTH)).build();
                case "topic" -> Json.createObjectBuilder().add("type", "topic")
                        .add("topic", required("topic", topic, MAX_TOPIC)).build();
                default -> throw new InvalidInputException("type", "type must be person, keyword or topic");
            };
            RuleTrial.Preview found = trial.preview(rule, DAYS, LIMIT, config.publicMaxItems());
            return Response.ok(Views.PreviewView.of(found)).build();
        } catch (InvalidInputException e) {
            // The trial names the rule's own field ("rule.query"); here that is the query parameter of the same name.
            String field = e.field() != null && e.field().startsWith("rule.") ? e.field().substring(5) : e.field();
            return ApiError.of(Response.Status.BAD_REQUEST, e.getMessage(), field,
                    e.position().isPresent() ? e.position().getAsInt() : null);
        }
    }

    private static JsonObject person(String name, List<String> aliases) throws InvalidInputException {
        JsonObjectBuilder rule = Json.createObjectBuilder().add("type", "person")
                .add("name", required("name", name, PersonName.MAX_LENGTH));
        List<String> given = aliases == null ? List.of() : aliases.stream().map(String::strip)
                .filter(a -> !a.isEmpty()).toList();
        if (given.size() > MAX_ALIASES) {
            throw new InvalidInputException("aliases", "at most " + MAX_ALIASES + " aliases in a preview");
        }
        for (String alias : given) {
            if (alias.length() > PersonName.MAX_LENGTH) {
                throw new InvalidInputException("aliases", "an alias is at most " + PersonName.MAX_LENGTH
                        + " characters");
            }
        }
        return rule.add("aliases", Json.createArrayBuilder(given)).build();
    }

    private static String required(String field, String value, int maxLength) throws InvalidInputException {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(field, field + " is required");
        }
        if (text.length() > maxLength) {
            throw new InvalidInputException(field, field + " is at most " + maxLength + " characters");
        }
        return text;
    }
}
