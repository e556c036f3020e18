package org.feedwatch.rule;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.apache.lucene.search.Query;
import org.feedwatch.common.InvalidInputException;

/**
 * A kind of watch rule. Each type is a CDI bean; {@link RuleTypes} finds every bean of this interface, so a new
 * kind of rule is one new class. A type checks a definition from outside, stores it as JSON, and compiles the
 * stored JSON into a Lucene query over the fields of {@link ItemFields}.
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

    /** Compiles a stored definition into the query the rule index runs. */
    Query compile(JsonObject definition) throws InvalidInputException;

    /**
     * Compiles a stored definition into the queries the rule index runs, each with what a hit means. A type
     * whose rule stands for several things (a watchlist of people) returns one query per thing; the default
     * is {@link #compile} with {@link #meaning}.
     */
    default List<RuleQuery> compileQueries(JsonObject definition) throws InvalidInputException {
        return List.of(new RuleQuery(meaning(definition), compile(definition)));
    }

    /** The rule's name when the subscriber gives none: by default the first text of the definition. */
    default String defaultName(JsonObject definition) {
        return definition.values().stream().filter(v -> v instanceof JsonString)
                .map(v -> ((JsonString) v).getString()).findFirst().orElse("rule");
    }

    /** What a hit of this rule means to a reader ({@code ""}: the matched words say it). */
    default String meaning(JsonObject definition) {
        return "";
    }
}
