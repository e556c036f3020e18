package org.feedwatch.rule.watchlist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.feedwatch.common.InvalidInputException;
import org.feedwatch.rule.PersonQueries;
import org.feedwatch.rule.PersonRuleType;
import org.feedwatch.rule.RuleQuery;
import org.feedwatch.rule.RuleType;
import org.feedwatch.rule.name.InvalidNameException;
import org.feedwatch.rule.name.PersonName;

/**
 * A list of people as one rule: {@code {"type":"watchlist","name":"Political prisoners","csv":"…"}}. Each
 * person is compiled as its own query (a person rule's query), so a match names who was found and the list
 * can hold thousands of names. Re-importing (PUT on the rule) replaces the list.
 */
@ApplicationScoped
public class WatchlistRuleType implements RuleType {

    static final int MAX_CSV_CHARS = 2_000_000;
    static final int MAX_PEOPLE = 5_000;
    /** Bad rows kept in the stored definition (the count is always kept). */
    static final int MAX_REPORTED = 100;

    @Override
    public String name() {
        return "watchlist";
    }

    @Override
    public JsonObject define(JsonObject input) throws InvalidInputException {
        WatchlistImport list = WatchlistImport.of(rows(input.get("csv")), MAX_PEOPLE);
        if (list.people().isEmpty()) {
            throw new InvalidInputException("csv", list.skipped().isEmpty() ? "the list has no names"
                    : "no usable row: " + list.skipped().get(0).line() + ": " + list.skipped().get(0).error()
                    + (list.skipped().size() > 1 ? " (and " + (list.skipped().size() - 1) + " more)" : ""));
        }
        boolean surnameAlone = PersonRuleType.surnameAlone(input.get("surnameAlone"));
        JsonArrayBuilder people = Json.createArrayBuilder();
        for (WatchlistImport.Person person : list.people()) {
            JsonArrayBuilder aliases = Json.createArrayBuilder();
            person.aliases().forEach(alias -> aliases.add(alias.text()));
            people.add(Json.createObjectBuilder().add("name", person.name().text()).add("aliases", aliases));
        }
        JsonArrayBuilder skipped = Json.createArrayBuilder();
        list.skipped().stream().limit(MAX_REPORTED).forEach(row ->
                skipped.add(Json.createObjectBuilder().add("line", row.line()).add("error", row.error())));
        return Json.createObjectBuilder().add("people", people).add("surnameAlone", surnameAlone)
                .add("skipped", skipped).add("skippedCount", list.skipped().size()).build();
    }

    @Override
    public List<RuleQuery> compileQueries(JsonObject definition) throws InvalidInputException {
        boolean surnameAlone = definition.getBoolean("surnameAlone", false);
        List<RuleQuery> queries = new ArrayList<>();
        for (JsonValue value : definition.getJsonArray("people")) {
            JsonObject person = value.asJsonObject();
            try {
                PersonName name = PersonName.parse(person.getString("name"));
                List<PersonName> aliases = new ArrayList<>();
                for (JsonString alias : person.getJsonArray("aliases").getValuesAs(JsonString.class)) {
                    aliases.add(PersonName.parse(alias.getString()));
                }
                queries.add(new RuleQuery(name.text(), PersonQueries.compile(name, aliases, surnameAlone)));
            } catch (InvalidNameException | ClassCastException | NullPointerException e) {
                throw new InvalidInputException("people", "stored watchlist entry " + person + " is not valid");
            }
        }
        return queries;
    }

    @Override
    public String defaultName(JsonObject definition) {
        int people = definition.getJsonArray("people").size();
        return "Watchlist of " + people + (people == 1 ? " person" : " people");
    }

    private static List<WatchlistCsv.Row> rows(JsonValue csv) throws InvalidInputException {
        if (csv == null || csv.getValueType() == JsonValue.ValueType.NULL) {
            throw new InvalidInputException("csv", "csv is required for a watchlist: one person per line, "
                    + "name[,alias…]");
        }
        if (!(csv instanceof JsonString text)) {
            throw new InvalidInputException("csv", "csv must be a string");
        }
        if (text.getString().length() > MAX_CSV_CHARS) {
            throw new InvalidInputException("csv", "csv is longer than " + MAX_CSV_CHARS + " characters");
        }
        try {
            return WatchlistCsv.read(text.getString());
        } catch (WatchlistCsv.UnreadableCsvException e) {
            throw new InvalidInputException("csv", e.getMessage(), null);
        }
    }
}
