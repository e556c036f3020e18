package org.feedwatch.rule.watchlist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.feedwatch.common.InvalidInputException;
import org.feedwatch.match.MatchableItem;
import org.feedwatch.match.RuleHit;
import org.feedwatch.match.RuleIndex;
import org.junit.jupiter.api.Test;

class WatchlistRuleTypeTest {

    private final WatchlistRuleType type = new WatchlistRuleType();

    private static JsonObject input(String csv) {
        return Json.createObjectBuilder().add("type", "watchlist").add("csv", csv).build();
    }

    @Test
    void keepsTheGoodRowsAndReportsTheBadOnesByLine() throws InvalidInputException {
        JsonObject stored = type.define(input("""
                name,aliases
                Ales Bialiatski,Aleś Bialacki
                Madonna
                Maria Kalesnikava
                Ales Bialiatski
                Ihar Losik,"Losik, Ihar",Ihar
                Mikalai Statkevich
                """));
        assertEquals(List.of("Ales Bialiatski", "Maria Kalesnikava", "Mikalai Statkevich"),
                stored.getJsonArray("people").stream().map(p -> p.asJsonObject().getString("name")).toList());
        assertEquals(3, stored.getInt("skippedCount"));
        List<Long> lines = stored.getJsonArray("skipped").stream()
                .map(s -> s.asJsonObject().getJsonNumber("line").longValue()).toList();
        assertEquals(List.of(3L, 5L, 6L), lines);
        assertTrue(stored.getJsonArray("skipped").get(1).asJsonObject().getString("error")
                .equals("repeats the person on line 2"), stored.toString());
        assertTrue(stored.getJsonArray("skipped").get(2).asJsonObject().getString("error")
                .startsWith("alias 'Ihar': "), stored.toString());
        assertEquals("Watchlist of 3 people", type.defaultName(stored));
    }

    @Test
    void aMatchNamesEveryListedPersonTheItemMentions() throws Exception {
        JsonObject stored = type.define(input("Ales Bialiatski\nMaria Kalesnikava\nViktar Babaryka\n"));
        try (RuleIndex index = new RuleIndex()) {
            index.putRules(Map.of(9L, type.compileQueries(stored)));
            List<RuleHit> hits = index.match(List.of(
                    new MatchableItem("Алеся Беляцкага і Марыю Калеснікаву ўзнагародзілі", ""),
                    new MatchableItem("Eduard Babaryka released", ""))).get(0);
            assertEquals(1, hits.size());
            assertEquals(List.of("Ales Bialiatski", "Maria Kalesnikava"), hits.get(0).meanings().stream().sorted()
                    .toList());
            assertEquals(List.of(), index.match(List.of(new MatchableItem("Eduard Babaryka released", ""))).get(0));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void refusesAListWithoutUsableRowsOrAFileThatIsNotCsv() {
        InvalidInputException none = assertThrows(InvalidInputException.class, () -> type.define(input("Madonna\nCher\n")));
        assertEquals("csv", none.field());
        assertTrue(none.getMessage().startsWith("no usable row: 1: "), none.getMessage());
        assertEquals("csv", assertThrows(InvalidInputException.class, () -> type.define(input(""))).field());
        assertEquals("csv", assertThrows(InvalidInputException.class,
                () -> type.define(input("Ales Bialiatski\n\"Maria Kalesnikava\n"))).field());
        assertEquals("csv", assertThrows(InvalidInputException.class,
                () -> type.define(Json.createObjectBuilder().add("csv", 5).build())).field());
        assertEquals("surnameAlone", assertThrows(InvalidInputException.class, () -> type.define(
                Json.createObjectBuilder().add("csv", "Ihar Losik").add("surnameAlone", "yes").build())).field());
    }

    @Test
    void holdsThousandsOfPeopleAsSeparateQueries() throws InvalidInputException {
        StringBuilder csv = new StringBuilder();
        String[] given = {"Ales", "Maria", "Ihar", "Viktar", "Maryna", "Mikalai", "Volha", "Siarhei"};
        for (int i = 0; i < 1_200; i++) {
            csv.append(given[i % given.length]).append(" Sur").append((char) ('a' + i / 676))
                    .append((char) ('a' + i / 26 % 26)).append((char) ('a' + i % 26)).append("ovich\n");
        }
        JsonObject stored = type.define(input(csv.toString()));
        assertEquals(1_200, stored.getJsonArray("people").size(), stored.getJsonArray("skipped").toString());
        assertEquals(1_200, type.compileQueries(stored).size());
    }
}
