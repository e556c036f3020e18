package org.feedwatch.web;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.feedwatch.common.InvalidInputException;
import org.feedwatch.rule.Rule;
import org.feedwatch.rule.topic.Topic;
import org.feedwatch.subscriber.Subscriber;

/**
 * What templates/pages/subscription.html shows: the subscriber's delivery, each rule with the values of its edit
 * form, the three add forms, the links; and when a form came back with bad input, that form's values as sent and the
 * message for its field. Status messages are chosen by a code in the redirect, never taken from the URL as text.
 */
final class ManageModel {

    /** The status line after each kind of change (Post/Redirect/Get: {@code ?done=code}). */
    static final Map<String, String> DONE = Map.of(
            "rule-added", "Rule added. New matching news comes with your next mail.",
            "rule-saved", "Rule saved.",
            "rule-removed", "Rule removed.",
            "delivery-saved", "Delivery settings saved.",
            "paused", "Paused: no mail is sent until you resume.",
            "resumed", "Resumed: mail is on again.");

    /** One form that came back: which ({@code add-person}, {@code rule-12}, {@code delivery}…), its values, why. */
    record FormError(String form, Map<String, String> values, String field, String message) {

        static FormError of(String form, Map<String, String> values, InvalidInputException e) {
            String message = e.getMessage();
            if (e.position().isPresent()) {
                message = message + " " + where(values.getOrDefault(e.field(), ""), e.position().getAsInt());
            }
            return new FormError(form, values, e.field(), message);
        }

        /** "(at character 7: “AND”)": 1-based, as people count, with what stands there. */
        static String where(String text, int position) {
            int at = Math.max(0, Math.min(position, text.length()));
            String there = text.substring(at, Math.min(text.length(), at + 12)).strip();
            return "(at character " + (at + 1) + (there.isEmpty() ? ", the end" : ": “" + there + "”") + ")";
        }
    }

    private ManageModel() {
    }

    static Map<String, Object> of(Subscriber s, String signedQuery, List<Rule> rules, List<Topic> topics,
            Map<String, String> links, Optional<String> done, Optional<Long> editing, Optional<FormError> error) {
        Map<String, Object> model = new HashMap<>(links);
        model.put("email", s.email());
        model.put("active", s.active());
        model.put("paused", s.deliveryMode() == org.feedwatch.subscriber.DeliveryMode.PAUSED);
        model.put("pausedReason", s.pausedReason().orElse(""));
        model.put("delivery", SubscriptionPages.deliveryLine(s));
        model.put("q", signedQuery);
        model.put("status", done.map(DONE::get).orElse(""));
        model.put("zones", ZoneChoices.including(s.zone().getId()));
        model.put("weekdays", weekdays());
        model.put("topics", topics.stream().map(t -> Map.of("name", t.name(), "title", t.title())).toList());
        Map<String, String> delivery = new LinkedHashMap<>();
        delivery.put("deliveryMode", s.deliveryMode().apiName());
        delivery.put("digestTime", s.digestTime().toString());
        delivery.put("weekday", s.digestWeekday().name().toLowerCase(Locale.ROOT));
        delivery.put("timeZone", s.zone().getId());
        model.put("deliveryForm", form("delivery", delivery, error));
        for (String type : ManageForms.EDITABLE_TYPES) {
            model.put("add" + Character.toUpperCase(type.charAt(0)) + type.substring(1),
                    form("add-" + type, Map.of("rule-type", type), error));
        }
        model.put("rules", rules.stream().map(r -> rule(r, editing, error)).toList());
        model.put("error", error.map(FormError::message).orElse(""));
        return model;
    }

    /** A rule's edit form shows when asked for ({@code ?edit=id}, a plain link) or when it came back with an error. */
    private static Map<String, Object> rule(Rule r, Optional<Long> editing, Optional<FormError> error) {
        Map<String, Object> rule = new HashMap<>();
        rule.put("id", r.id());
        rule.put("name", r.name());
        rule.put("type", r.type());
        rule.put("editable", ManageForms.EDITABLE_TYPES.contains(r.type()));
        rule.put("mode", r.deliveryMode().map(m -> m.apiName()).orElse(""));
        Map<String, Object> form = form("rule-" + r.id(), ManageForms.ruleValues(r.name(), r.type(), r.definition()),
                error);
        rule.put("form", form);
        rule.put("editing", (Boolean) form.get("failed") || editing.filter(r.id()::equals).isPresent());
        return rule;
    }

    /** A form's model: {@code v} the values, {@code field} and {@code message} when it is the one that came back. */
    static Map<String, Object> form(String id, Map<String, String> stored, Optional<FormError> error) {
        Map<String, Object> form = new HashMap<>();
        boolean failed = error.isPresent() && error.get().form().equals(id);
        Map<String, String> values = new HashMap<>();
        // Every field the template may read (strict variables), then what is stored, then what came back.
        for (String field : List.of("rule-type", "name", "aliases", "query", "topic")) {
            values.put(field, "");
        }
        values.putAll(stored);
        if (failed) {
            values.putAll(error.get().values());
        }
        form.put("id", id);
        form.put("v", values);
        form.put("failed", failed);
        form.put("field", failed ? error.get().field() : "");
        form.put("message", failed ? error.get().message() : "");
        // A field the form has no input for (the rule type, say): the message goes above the form instead.
        form.put("elsewhere", failed && !error.get().values().containsKey(error.get().field()));
        return form;
    }

    private static List<Map<String, String>> weekdays() {
        List<Map<String, String>> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            days.add(Map.of("value", day.name().toLowerCase(Locale.ROOT),
                    "label", day.getDisplayName(java.time.format.TextStyle.FULL, Locale.UK)));
        }
        return days;
    }
}
