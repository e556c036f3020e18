package org.feedwatch.web;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.feedwatch.common.InvalidInputException;
import org.feedwatch.subscriber.DeliveryChoice;

/**
 * The manage page's forms and what the services take: a rule form (field {@code rule-type}, then {@code name} and
 * {@code aliases} for a person, {@code name} and {@code query} for keywords, {@code name} and {@code topic} for a
 * topic) becomes the JSON a rule is saved from, the delivery form a {@link DeliveryChoice}, and a stored rule the
 * values its edit form starts with. Plain mapping, no checks beyond the shape: the services check the rest.
 */
final class ManageForms {

    /** The rule types a subscriber can write on the page; a watchlist is the admin's (a CSV upload). */
    static final List<String> EDITABLE_TYPES = List.of("person", "keyword", "topic");

    private ManageForms() {
    }

    /** The rule as {@code RuleService} reads it. An empty name leaves the type's default name (the person). */
    static JsonObject rule(Map<String, String> form) throws InvalidInputException {
        String type = form.getOrDefault("rule-type", "").strip();
        if (!EDITABLE_TYPES.contains(type)) {
            throw new InvalidInputException("rule-type", "choose a person, keyword or topic rule");
        }
        JsonObjectBuilder rule = Json.createObjectBuilder().add("type", type);
        given(form, "name").ifPresent(name -> rule.add("name", name));
        switch (type) {
            case "person" -> rule.add("aliases", aliases(form.getOrDefault("aliases", "")));
            case "keyword" -> rule.add("query", form.getOrDefault("query", ""));
            default -> given(form, "topic").ifPresent(topic -> rule.add("topic", topic));
        }
        return rule.build();
    }

    /** Aliases as a person writes them: one per line, or separated by commas or semicolons. */
    static JsonArray aliases(String text) {
        JsonArrayBuilder aliases = Json.createArrayBuilder();
        Arrays.stream(text.split("[,;\\r\\n]+")).map(String::strip).filter(a -> !a.isEmpty()).forEach(aliases::add);
        return aliases.build();
    }

    /** The delivery form: empty fields are left out (they keep what the subscriber has). */
    static DeliveryChoice delivery(Map<String, String> form) {
        return new DeliveryChoice(given(form, "deliveryMode"), given(form, "digestTime"), Optional.empty(),
                given(form, "weekday"), given(form, "timeZone"));
    }

    /** The values a stored rule's edit form starts with, from its definition JSON. */
    static Map<String, String> ruleValues(String name, String type, String definition) {
        JsonObject json;
        try (var reader = Json.createReader(new StringReader(definition))) {
            json = reader.readObject();
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("rule-type", type);
        values.put("name", type.equals("person") ? json.getString("name", name) : name);
        switch (type) {
            case "person" -> values.put("aliases", String.join(", ", strings(json.get("aliases"))));
            case "keyword" -> values.put("query", json.getString("query", ""));
            case "topic" -> values.put("topic", json.getString("topic", ""));
            default -> {
                // A watchlist is shown, not edited here.
            }
        }
        return values;
    }

    private static List<String> strings(JsonValue value) {
        if (!(value instanceof JsonArray array)) {
            return List.of();
        }
        return array.stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString()).toList();
    }

    private static Optional<String> given(Map<String, String> form, String field) {
        return Optional.ofNullable(form.get(field)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
