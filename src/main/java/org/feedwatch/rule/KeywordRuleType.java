package org.feedwatch.rule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import org.apache.lucene.search.Query;
import org.feedwatch.common.InvalidInputException;

/** Rules written in the keyword query language: {@code {"type":"keyword","query":"sanctions potash -football"}}. */
@ApplicationScoped
public class KeywordRuleType implements RuleType {

    static final int MAX_QUERY_LENGTH = 2000;

    @Override
    public String name() {
        return "keyword";
    }

    @Override
    public JsonObject define(JsonObject input) throws InvalidInputException {
        JsonValue value = input.get("query");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw new InvalidInputException("query", "query is required for a keyword rule");
        }
        if (!(value instanceof JsonString)) {
            throw new InvalidInputException("query", "query must be a string");
        }
        String query = ((JsonString) value).getString().strip();
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new InvalidInputException("query", "query is longer than " + MAX_QUERY_LENGTH + " characters");
        }
        parse(query);
        return Json.createObjectBuilder().add("query", query).build();
    }

    @Override
    public List<RuleQuery> compileQueries(JsonObject definition) throws InvalidInputException {
        return List.of(RuleQuery.plain(compile(definition)));
    }

    /** The one query of a keyword rule. */
    public Query compile(JsonObject definition) throws InvalidInputException {
        return parse(definition.getString("query", ""));
    }

    private static Query parse(String query) throws InvalidInputException {
        try {
            return KeywordQueryParser.parse(query);
        } catch (RuleSyntaxException e) {
            throw new InvalidInputException("query", e.getMessage(), e.position());
        }
    }
}
