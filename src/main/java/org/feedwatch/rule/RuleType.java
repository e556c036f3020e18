package org.feedwatch.rule;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.feedwatch.common.InvalidInputException;

/**
 * A kind of watch rule. Each type is a CDI bean; {@link RuleTypes} finds every bean of this interface, so a new
 * kind of rule is one new class. A type checks a definition from outside, stores it as JSON, and compiles the
 * stored JSON into Lucene queries over the fields of {@link ItemFields}.
 */
public interface RuleType {

    /** The name used in the API and stored with the rule, e.g. {@code "keyword"}. */
    String name();

    /**
     * Checks the type's fields of a rule sent from outside and returns the JSON to store.
     *
     * @throws InvalidInputException naming the field (and position, for a query) that is wrong
     */
    JsonObject define(JsonObject input) throws InvalidInputException;

    /**
     * Compiles a stored definition into the queries the rule index runs, each with what a hit means. Most
     * types return one query; a type whose rule stands for several things (a watchlist of people) returns one
     * per thing, so a match can say which one it found.
     */
    List<RuleQuery> compileQueries(JsonObject definition) throws InvalidInputException;

    /** The rule's name when the subscriber gives none: by default the first text of the definition. */
    default String defaultName(JsonObject definition) {
        return definition.values().stream().filter(v -> v instanceof JsonString)
                .map(v -> ((JsonString) v).getString()).findFirst().orElse("rule");
    }
}
