package org.feedwatch.rule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.lucene.search.Query;
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

    /** Compiles a stored rule into its query. */
    public Query compile(Rule rule) throws InvalidInputException {
        JsonObject definition;
        try (JsonReader reader = Json.createReader(new StringReader(rule.definition()))) {
            definition = reader.readObject();
        } catch (JsonException e) {
            throw new InvalidInputException("definition", "rule " + rule.id() + " has a corrupt definition");
        }
        return require(rule.type()).compile(definition);
    }
}
