package org.feedwatch.rule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.feedwatch.common.InvalidInputException;

/** Every {@link RuleType} bean in the application, by name. */
@ApplicationScoped
public class RuleTypes {

    private final Map<String, RuleType> byName = new TreeMap<>();

    @Inject
    RuleTypes(Instance<RuleType> types) {
        for (RuleType type : types) {
            RuleType clash = byName.putIfAbsent(type.name(), type);
            if (clash != null) {
                throw new IllegalStateException("two rule types are called '" + type.name() + "': "
                        + clash.getClass().getName() + " and " + type.getClass().getName());
            }
        }
    }

    protected RuleTypes() {
        // for the CDI proxy
    }

    public Optional<RuleType> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public RuleType require(String name) throws InvalidInputException {
        return byName(name).orElseThrow(() -> new InvalidInputException("type", "unknown rule type '" + name
                + "' (known: " + byName.keySet().stream().collect(Collectors.joining(", ")) + ")"));
    }

    /** Compiles a stored rule into the queries the rule index runs. */
    public List<RuleQuery> compile(Rule rule) throws InvalidInputException {
        return require(rule.type()).compileQueries(definitionOf(rule));
    }

    /** A stored rule's definition as JSON. */
    public static JsonObject definitionOf(Rule rule) throws InvalidInputException {
        try (JsonReader reader = Json.createReader(new StringReader(rule.definition()))) {
            return reader.readObject();
        } catch (JsonException e) {
            throw new InvalidInputException("definition", "rule " + rule.id() + " has a corrupt definition");
        }
    }
}
