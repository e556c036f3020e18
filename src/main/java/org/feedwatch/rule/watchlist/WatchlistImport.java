package org.feedwatch.rule.watchlist;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.feedwatch.common.InvalidInputException;
import org.feedwatch.rule.PersonRuleType;
import org.feedwatch.rule.name.InvalidNameException;
import org.feedwatch.rule.name.PersonName;

/** The rows of a watchlist file checked one by one: the people kept, and each bad row with its line and why. */
record WatchlistImport(List<Person> people, List<Skipped> skipped) {

    record Person(long line, PersonName name, List<PersonName> aliases) {
    }

    record Skipped(long line, String error) {
    }

    static WatchlistImport of(List<WatchlistCsv.Row> rows, int maxPeople) throws InvalidInputException {
        List<Person> people = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        Map<String, Long> lineOfName = new HashMap<>();
        for (WatchlistCsv.Row row : rows) {
            try {
                Person person = person(row);
                Long earlier = lineOfName.putIfAbsent(person.name().text(), row.line());
                if (earlier != null) {
                    skipped.add(new Skipped(row.line(), "repeats the person on line " + earlier));
                } else {
                    people.add(person);
                }
            } catch (InvalidNameException e) {
                skipped.add(new Skipped(row.line(), e.getMessage()));
            }
            if (people.size() > maxPeople) {
                throw new InvalidInputException("csv", "a watchlist holds at most " + maxPeople
                        + " people; line " + row.line() + " is one too many");
            }
        }
        return new WatchlistImport(List.copyOf(people), List.copyOf(skipped));
    }

    private static Person person(WatchlistCsv.Row row) throws InvalidNameException {
        if (row.name().isEmpty()) {
            throw new InvalidNameException("the first column (the name) is empty");
        }
        if (row.aliases().size() > PersonRuleType.MAX_ALIASES) {
            throw new InvalidNameException("at most " + PersonRuleType.MAX_ALIASES + " aliases per person");
        }
        PersonName name = PersonName.parse(row.name());
        List<PersonName> aliases = new ArrayList<>();
        for (String alias : row.aliases()) {
            try {
                aliases.add(PersonName.parse(alias));
            } catch (InvalidNameException e) {
                throw new InvalidNameException("alias '" + alias + "': " + e.getMessage());
            }
        }
        return new Person(row.line(), name, aliases);
    }
}
