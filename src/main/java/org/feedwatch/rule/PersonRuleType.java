package org.feedwatch.rule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.Query;
import org.feedwatch.common.InvalidInputException;
import org.feedwatch.rule.name.InvalidNameException;
import org.feedwatch.rule.name.PersonName;

/**
 * Rules for a named person in any spelling, script and case form:
 * {@code {"type":"person","name":"Ales Bialiatski","aliases":["Aleś Bialacki"],"surnameAlone":false}}.
 * See {@link PersonName} for what a name may be and {@link PersonQueries} for what it matches.
 */
@ApplicationScoped
public class PersonRuleType implements RuleType {

    public static final int MAX_ALIASES = 20;

    @Override
    public String name() {
        return "person";
    }

    @Override
    public JsonObject define(JsonObject input) throws InvalidInputException {
        PersonName name = name(input.get("name"));
        List<PersonName> aliases = aliases(input.get("aliases"));
        boolean surnameAlone = surnameAlone(input.get("surnameAlone"));
        JsonArrayBuilder aliasTexts = Json.createArrayBuilder();
        aliases.forEach(alias -> aliasTexts.add(alias.text()));
        return Json.createObjectBuilder()
                .add("name", name.text())
                .add("aliases", aliasTexts)
                .add("surnameAlone", surnameAlone)
                .build();
    }

    /** One query, meaning the person as the rule names them: "Алеся Бяляцкага" → "Ales Bialiatski". */
    @Override
    public List<RuleQuery> compileQueries(JsonObject definition) throws InvalidInputException {
        return List.of(new RuleQuery(name(definition.get("name")).text(), compile(definition)));
    }

    public Query compile(JsonObject definition) throws InvalidInputException {
        return PersonQueries.compile(name(definition.get("name")), aliases(definition.get("aliases")),
                surnameAlone(definition.get("surnameAlone")));
    }

    private static PersonName name(JsonValue value) throws InvalidInputException {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw new InvalidInputException("name", "name is required for a person rule, e.g. \"Ales Bialiatski\"");
        }
        if (!(value instanceof JsonString text)) {
            throw new InvalidInputException("name", "name must be a string");
        }
        try {
            return PersonName.parse(text.getString());
        } catch (InvalidNameException e) {
            throw new InvalidInputException("name", e.getMessage());
        }
    }

    private static List<PersonName> aliases(JsonValue value) throws InvalidInputException {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            throw new InvalidInputException("aliases", "aliases must be an array of names");
        }
        if (array.size() > MAX_ALIASES) {
            throw new InvalidInputException("aliases", "at most " + MAX_ALIASES + " aliases, not " + array.size());
        }
        List<PersonName> aliases = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonString text)) {
                throw new InvalidInputException("aliases", "aliases[" + i + "] must be a string");
            }
            try {
                aliases.add(PersonName.parse(text.getString()));
            } catch (InvalidNameException e) {
                throw new InvalidInputException("aliases", "aliases[" + i + "]: " + e.getMessage());
            }
        }
        return aliases;
    }

    /** The {@code surnameAlone} flag of a person or watchlist rule: absent means false. */
    public static boolean surnameAlone(JsonValue value) throws InvalidInputException {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return false;
        }
        return switch (value.getValueType()) {
            case TRUE -> true;
            case FALSE -> false;
            default -> throw new InvalidInputException("surnameAlone", "surnameAlone must be true or false");
        };
    }
}
