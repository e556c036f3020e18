package org.feedwatch.web;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.feedwatch.common.InvalidInputException;
import org.feedwatch.match.MatchableItem;
import org.feedwatch.match.RuleHit;
import org.feedwatch.match.RuleTrial;

/** Try a rule before saving it: on a text, or on the stored news of the last days. */
@Path("rules")
@AdminOnly
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class RuleResource {

    static final int MAX_TEXT = 100_000;

    @Inject
    RuleTrial trial;

    /** {@code {"rule": {...}, "title": "...", "summary": "..."}} → whether it matches, and why. */
    @POST
    @Path("test")
    public Views.TrialView test(JsonObject body) throws InvalidInputException {
        JsonObject input = JsonInput.body(body);
        String title = text(input, "title");
        String summary = text(input, "summary");
        if (title.isBlank() && summary.isBlank()) {
            throw new InvalidInputException("title", "give a title or a summary to test the rule on");
        }
        List<RuleHit> hits = trial.test(rule(input), new MatchableItem(title, summary));
        return Views.TrialView.of(hits);
    }

    /** {@code {"rule": {...}, "days": 7, "limit": 20}} → the stored items it would have matched, newest first. */
    @POST
    @Path("preview")
    public Views.PreviewView preview(JsonObject body) throws InvalidInputException {
        JsonObject input = JsonInput.body(body);
        int days = JsonInput.integer(input, "days").orElse(7);
        int limit = JsonInput.integer(input, "limit").orElse(20);
        return Views.PreviewView.of(trial.preview(rule(input), days, limit));
    }

    private static JsonObject rule(JsonObject input) throws InvalidInputException {
        JsonValue rule = input.get("rule");
        if (rule == null || rule.getValueType() == JsonValue.ValueType.NULL) {
            throw new InvalidInputException("rule", "rule is required: the rule as you would save it");
        }
        if (rule.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException("rule", "rule must be an object");
        }
        return rule.asJsonObject();
    }

    private static String text(JsonObject input, String field) throws InvalidInputException {
        String text = JsonInput.string(input, field).orElse("");
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException(field, field + " is longer than " + MAX_TEXT + " characters");
        }
        return text;
    }
}
