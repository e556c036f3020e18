package org.feedwatch.rule.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.stream.Collectors;
import org.feedwatch.common.InvalidInputException;
import org.feedwatch.rule.RuleQuery;
import org.feedwatch.rule.RuleType;

/**
 * A subscriber picks a curated topic by name: {@code {"type":"topic","topic":"sanctions"}}. The rule stores
 * only the name, so an operator's edit of the topic file changes what every such rule matches.
 */
@ApplicationScoped
public class TopicRuleType implements RuleType {

    public static final String NAME = "topic";

    @Inject
    TopicCatalog catalog;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public JsonObject define(JsonObject input) throws InvalidInputException {
        JsonValue value = input.get("topic");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw new InvalidInputException("topic", "topic is required for a topic rule (known: " + known() + ")");
        }
        if (!(value instanceof JsonString name)) {
            throw new InvalidInputException("topic", "topic must be a string");
        }
        Topic topic = require(name.getString().strip());
        return Json.createObjectBuilder().add("topic", topic.name()).build();
    }

    @Override
    public List<RuleQuery> compileQueries(JsonObject definition) throws InvalidInputException {
        return List.of(RuleQuery.plain(require(definition.getString("topic", "")).compiled()));
    }

    @Override
    public String defaultName(JsonObject definition) {
        return catalog.find(definition.getString("topic", "")).map(Topic::title).orElse("Topic");
    }

    private Topic require(String name) throws InvalidInputException {
        return catalog.find(name).orElseThrow(() -> new InvalidInputException("topic",
                "unknown topic '" + name + "' (known: " + known() + ")"));
    }

    private String known() {
        return catalog.all().stream().map(Topic::name).collect(Collectors.joining(", "));
    }
}
